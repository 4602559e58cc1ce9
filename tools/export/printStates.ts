/**
 * Slidev's print view with clicks (`print?print=clicks`) renders one `.print-slide-container`
 * per slide per click, with the id `NNN-CC`: the slide's number and its click plus one
 * (`@slidev/client/internals/PrintSlideClick.vue`). The export reads each state from that id,
 * checks every state, and prints each slide's last.
 */

/** One rendered state of a slide. */
export interface PrintState {
  /** The container's id, `NNN-CC`. */
  id: string
  /** Slide number, from 1. */
  slide: number
  /** The click the slide is at, from 0. */
  click: number
}

/** The slide and click of a print container's id, `NNN-CC` (click + 1). */
export function parsePrintId(id: string): PrintState {
  const match = /^(\d+)-(\d+)$/.exec(id)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`"${id}" is not the id of a slide in Slidev's print view (NNN-CC)`)
  return { id, slide: Number(match[1]), click: Number(match[2]) - 1 }
}

/** The start of the ids of every state of slide `no`. */
export function printIdPrefix(no: number): string {
  return `${String(no).padStart(3, '0')}-`
}

/** Each slide's last click, by slide number: the state that is printed. */
export function lastClicks(states: readonly PrintState[]): Map<number, number> {
  const last = new Map<number, number>()
  for (const { slide, click } of states)
    last.set(slide, Math.max(click, last.get(slide) ?? 0))
  return last
}

/**
 * Where a finding is, for a message: `slide 7 (对话) at click 2`, or `slide 7 (对话)` for a slide
 * without clicks.
 */
export function whereOnSlide(slide: number, title: string | undefined, click: number, hasClicks: boolean): string {
  return `slide ${slide} (${title ?? ''})${hasClicks ? ` at click ${click}` : ''}`
}

/**
 * Runs in the print view once every state is checked: marks each slide's last state as the one
 * to print (`data-export-slide`, which the sheets move) and takes the other states out of the
 * page's layout, so Chromium prints one page per slide. Self-contained (Playwright sends its
 * source to the page).
 */
export function showLastStates(keep: readonly (readonly [id: string, slide: number])[]): number {
  const slides = new Map(keep)
  let hidden = 0
  document.querySelectorAll<HTMLElement>('#print-content > .print-slide-container').forEach((container) => {
    const slide = slides.get(container.id)
    if (slide === undefined) {
      container.style.display = 'none'
      hidden++
    }
    else {
      container.dataset.exportSlide = String(slide)
    }
  })
  return hidden
}
