/**
 * The check that nothing is cut off on a slide, one function for the export and the tests: the
 * export runs it on every state of every slide in Slidev's print view (each slide at each of its
 * clicks) and fails, naming the slide, the click and the element; the browser tests run it on the
 * slide on screen. A slide opts out of the export's check in its frontmatter with a reason:
 * `overflow: { allow: "the terminal scrolls on purpose" }`.
 */
import { whereOnSlide } from './printStates'

/** Something a person would see cut off on a slide. */
export interface Overflow {
  /** The element as tag.class. */
  element: string
  /** The start of its text. */
  text: string
  /** What is wrong, as the end of a sentence about the element: `runs past the slide`. */
  reason: string
  /** Where, in the page's pixels, for whoever fixes it. */
  detail?: string
}

/**
 * Runs in the page (Playwright's `locator.evaluateAll`): for each slide root given (a
 * `.slidev-page`), what a person would see cut off. An element seen reaching past the slide's box
 * (the innermost one: its ancestors only reach out because of it), text clipped by its own box, a
 * Mermaid label larger than the box Mermaid measured for it, a subgraph's title under its nodes.
 * `tolerance` is in the page's pixels.
 *
 * Self-contained on purpose: Playwright sends its source text to the page. No named inner
 * functions either (helpers are an object's methods), which a bundler may wrap in helpers the
 * page does not have.
 */
export function findOverflow(slides: Element[], tolerance = 1): Overflow[][] {
  return slides.map((slide) => {
    const canvas = slide.getBoundingClientRect()
    const problems: Overflow[] = []
    const at = {
      name(element: Element): string {
        return `${element.tagName.toLowerCase()}${[...element.classList].map(c => `.${c}`).join('')}`
      },
      text(element: Element): string {
        return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      },
      /**
       * Not seen: text for screen readers only (clipped on purpose), a v-click not reached yet or
       * hidden again (it keeps its place at opacity 0 and counts at the clicks that show it), and
       * Mermaid's scratch area.
       */
      unseen(element: Element): boolean {
        return element.closest('.sr-only, .slidev-vclick-hidden, #mermaid-rendering-container') !== null
      },
      /** Seen, with a box, and reaching past the slide. */
      outside(element: Element): boolean {
        if (at.unseen(element))
          return false
        const rect = element.getBoundingClientRect()
        return rect.width > 0 && rect.height > 0 && (rect.left < canvas.left - tolerance || rect.top < canvas.top - tolerance
          || rect.right > canvas.right + tolerance || rect.bottom > canvas.bottom + tolerance)
      },
    }
    for (const element of slide.querySelectorAll('*')) {
      if (at.outside(element) && ![...element.children].some(child => at.outside(child))) {
        const rect = element.getBoundingClientRect()
        problems.push({
          element: at.name(element),
          text: at.text(element),
          reason: 'runs past the slide',
          detail: `(${Math.round(rect.left)},${Math.round(rect.top)})–(${Math.round(rect.right)},${Math.round(rect.bottom)}) on a slide at (${Math.round(canvas.left)},${Math.round(canvas.top)})–(${Math.round(canvas.right)},${Math.round(canvas.bottom)})`,
        })
      }
      if (element instanceof HTMLElement && !element.closest('svg, .sr-only')) {
        const style = getComputedStyle(element)
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible'
        if (clips && (element.scrollWidth > element.clientWidth + tolerance || element.scrollHeight > element.clientHeight + tolerance))
          problems.push({ element: at.name(element), text: at.text(element), reason: 'is cut off by its own box', detail: `${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}` })
      }
    }
    // Text inside the slide but at its very edge: a projector's overscan or keystone correction
    // crops a few per cent of each side. The margin is in the slide's own pixels (980 wide).
    const scale = canvas.width / ((slide as HTMLElement).offsetWidth || canvas.width)
    const margin = 24
    const near = new Set<Element>()
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || near.has(element) || !node.textContent?.trim() || at.unseen(element))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        const gaps = { left: rect.left - canvas.left, top: rect.top - canvas.top, right: canvas.right - rect.right, bottom: canvas.bottom - rect.bottom }
        const [side, gap] = Object.entries(gaps).sort((a, b) => a[1] - b[1])[0]!
        // Past the edge is reported above, as running past the slide.
        if (rect.width > 0 && gap >= -tolerance && gap < margin * scale - tolerance) {
          near.add(element)
          problems.push({ element: at.name(element), text: at.text(element), reason: `runs into the slide's ${margin}-px margin (${Math.max(0, Math.round(gap / scale))} px from the ${side} edge), which a projector may crop` })
          break
        }
      }
    }
    for (const label of slide.querySelectorAll('svg foreignObject')) {
      const content = label.querySelector('span, p, div > div')
      if (content?.textContent?.trim()) {
        const box = label.getBoundingClientRect()
        const drawn = content.getBoundingClientRect()
        if (drawn.width > box.width + tolerance || drawn.height > box.height + tolerance)
          problems.push({ element: 'mermaid label', text: at.text(content), reason: 'is larger than the box Mermaid measured for it', detail: `${Math.round(drawn.width)}×${Math.round(drawn.height)} in ${Math.round(box.width)}×${Math.round(box.height)}` })
      }
    }
    // A subgraph's title (a host's name) hidden behind the boxes drawn inside it.
    for (const title of slide.querySelectorAll('svg .cluster-label')) {
      const t = title.getBoundingClientRect()
      for (const node of title.closest('svg')!.querySelectorAll('.node')) {
        const r = node.getBoundingClientRect()
        const overlapX = Math.min(t.right, r.right) - Math.max(t.left, r.left)
        const overlapY = Math.min(t.bottom, r.bottom) - Math.max(t.top, r.top)
        if (overlapX > tolerance && overlapY > tolerance)
          problems.push({ element: 'mermaid subgraph title', text: at.text(title), reason: `is covered by the node "${at.text(node)}"` })
      }
    }
    return problems
  })
}

/** Something found on one printed state of a slide. */
export interface SlideFinding<T> {
  /** Slide number, from 1. */
  slide: number
  /** The click it was found at. */
  click: number
  /** The slide's last click (0: a slide without clicks). */
  lastClick: number
  found: T
}

/**
 * One line per slide: where it is first found (the slide, and its click when it has clicks), up
 * to three of what is found there, and the other clicks it is found at.
 */
export function slideFindingLines<T>(findings: readonly SlideFinding<T>[], titles: readonly string[], describe: (found: T) => string): string[] {
  const bySlide = new Map<number, SlideFinding<T>[]>()
  for (const finding of findings)
    bySlide.set(finding.slide, [...(bySlide.get(finding.slide) ?? []), finding])
  return [...bySlide].sort(([a], [b]) => a - b).map(([slide, all]) => {
    const first = Math.min(...all.map(f => f.click))
    const here = all.filter(f => f.click === first)
    const others = [...new Set(all.map(f => f.click))].filter(click => click !== first).sort((a, b) => a - b)
    const items = [...new Set(here.map(f => describe(f.found)))]
    const more = items.length > 3 ? ` and ${items.length - 3} more` : ''
    const also = others.length > 0 ? ` (also at click${others.length > 1 ? 's' : ''} ${others.join(', ')})` : ''
    return `  ${whereOnSlide(slide, titles[slide - 1], first, all[0]!.lastClick > 0)}: ${items.slice(0, 3).join('; ')}${more}${also}`
  })
}

/** Slides whose frontmatter allows overflow, with the reason it gives; a bare `allow` is refused. */
export function overflowAllowed(frontmatters: readonly Record<string, unknown>[]): Map<number, string> {
  const allowed = new Map<number, string>()
  frontmatters.forEach((frontmatter, index) => {
    const overflow = frontmatter.overflow
    if (overflow === undefined)
      return
    const reason = typeof overflow === 'object' && overflow !== null ? (overflow as { allow?: unknown }).allow : undefined
    if (typeof reason !== 'string' || reason.trim() === '')
      throw new Error(`slide ${index + 1}: \`overflow:\` needs a reason, as overflow: { allow: "why this slide may run off" }`)
    allowed.set(index + 1, reason)
  })
  return allowed
}

/** The export's error for slides whose content is cut off at any click and is not allowed to be, or nothing. */
export function overflowReport(findings: readonly SlideFinding<Overflow>[], allowed: ReadonlyMap<number, string>, titles: readonly string[]): string | undefined {
  const lines = slideFindingLines(findings.filter(f => !allowed.has(f.slide)), titles, o => `${o.element} "${o.text}" ${o.reason}`)
  if (lines.length === 0)
    return undefined
  return `content runs off ${lines.length === 1 ? 'a slide' : `${lines.length} slides`}:\n${lines.join('\n')}\nSplit the slide, or step its content with clicks; a slide that may run off says why in its frontmatter: overflow: { allow: "reason" }`
}
