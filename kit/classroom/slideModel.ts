/**
 * What a phone shows of each slide: the slide's content as blocks of text, dialogue turns,
 * timeline cards and diagrams (SVG drawn at build time), laid out for a narrow screen instead of
 * a shrunk 16:9 picture. Built from slides.md and the public lesson by
 * tools/classroom/phoneSlides.ts; no notes and no answers are ever part of it.
 */

export interface DialogueTurnView { speaker: string, side: 'left' | 'right', text: string }
/** A diagram; its SVG (drawn at build time) is fetched apart, by `topology` id, when first shown. */
export interface DiagramView { topology: string, caption: string, verdict: 'served' | 'degraded' | 'down', verdictLabel: string, outcome: string }
export interface ComparisonSideView { verdict: 'served' | 'degraded' | 'down', verdictLabel: string, text: string }
export interface ComparisonRowView { event: string, single: ComparisonSideView, cluster: ComparisonSideView }
export interface MilestoneCardView { date: string, kind: string, headline: string, text: string }

/** Blocks that show their items one per click on the projector, the first from the start. */
export type SteppedBlock
  = | { kind: 'dialogue', turns: DialogueTurnView[] }
    | { kind: 'diagrams', items: DiagramView[], stepped: boolean }
    | { kind: 'comparison', singleLabel: string, clusterLabel: string, rows: ComparisonRowView[] }
    | { kind: 'list', numbered: boolean, items: string[] }
    | { kind: 'timeline', cards: MilestoneCardView[] }

export type PhoneBlock
  = | SteppedBlock
    | { kind: 'cover', course: string, lessonLabel: string, title: string }
    | { kind: 'question', label: string, text: string }
    | { kind: 'paragraph', tone: 'kicker' | 'lead', text: string }
    | { kind: 'tags', tags: string[] }
    | { kind: 'link', label: string, title: string, url: string }
  /** Something phones cannot show (the playground); `clicks`: the projector's steps through it. */
    | { kind: 'notice', text: string, clicks: number }

export interface PhoneSlide {
  /** Slidev's slide number (from 1), as in the server's position. */
  no: number
  title: string
  blocks: PhoneBlock[]
}

/** Clicks a block takes on the projector before the next block's first. */
function clicksOf(block: PhoneBlock): number {
  if (block.kind === 'notice')
    return block.clicks
  const count = itemCount(block)
  return count === null ? 0 : Math.max(0, count - 1)
}

/** Clicks the slide takes on the projector: from 0 to this many. */
export function slideClicks(slide: PhoneSlide): number {
  return slide.blocks.reduce((sum, block) => sum + clicksOf(block), 0)
}

function itemCount(block: PhoneBlock): number | null {
  switch (block.kind) {
    case 'dialogue': return block.turns.length
    case 'diagrams': return block.stepped ? block.items.length : null
    case 'comparison': return block.rows.length
    case 'list': return block.items.length
    case 'timeline': return block.cards.length
    default: return null
  }
}

/**
 * How many items of each block are on screen at `click` (null: the whole block), the way the
 * deck reveals them: a block of n items takes n − 1 clicks, blocks one after the other.
 * `click` null means the final state (a slide the student browses back to).
 */
export function visibleItems(slide: PhoneSlide, click: number | null): (number | null)[] {
  let used = 0
  return slide.blocks.map((block) => {
    const count = itemCount(block)
    const start = used
    used += clicksOf(block)
    if (count === null)
      return null
    return click === null ? count : Math.min(count, Math.max(1, click - start + 1))
  })
}
