/**
 * The export's check that nothing runs off a slide: in Slidev's print view (each slide at its
 * last click, every v-click shown), any element of a slide whose box leaves the slide's canvas
 * fails the export, naming the slide and the element. A slide opts out in its frontmatter with
 * a reason: `overflow: { allow: "the terminal scrolls on purpose" }`.
 */

export interface SlideOverflow {
  /** Slide number, from 1. */
  slide: number
  /** The element as tag.class, and the start of its text. */
  element: string
  text: string
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

/**
 * Evaluated in the print view: every element of each printed slide that reaches past the
 * slide's canvas, deepest first per slide (the element that runs off, not only its parents).
 */
export function findPrintOverflow(tolerance: number): SlideOverflow[] {
  const found: SlideOverflow[] = []
  document.querySelectorAll('.print-slide-container').forEach((container, index) => {
    const canvas = container.querySelector('.slidev-page') ?? container
    const box = canvas.getBoundingClientRect()
    for (const element of canvas.querySelectorAll('*')) {
      if (element.closest('.sr-only, #mermaid-rendering-container'))
        continue
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0)
        continue
      const outside = rect.right > box.right + tolerance || rect.bottom > box.bottom + tolerance || rect.left < box.left - tolerance || rect.top < box.top - tolerance
      // Report the innermost element only: its ancestors overflow because of it.
      if (outside && ![...element.children].some(child => child.getBoundingClientRect().bottom > box.bottom + tolerance || child.getBoundingClientRect().right > box.right + tolerance)) {
        const name = `${element.tagName.toLowerCase()}${[...element.classList].map(c => `.${c}`).join('')}`
        found.push({ slide: index + 1, element: name, text: (element.textContent ?? '').trim().slice(0, 40) })
      }
    }
  })
  return found
}

/** One line per slide that overflows and is not allowed to, or nothing. */
export function overflowReport(found: readonly SlideOverflow[], allowed: ReadonlyMap<number, string>, titles: readonly string[]): string | undefined {
  const bySlide = new Map<number, SlideOverflow[]>()
  for (const item of found) {
    if (!allowed.has(item.slide))
      bySlide.set(item.slide, [...(bySlide.get(item.slide) ?? []), item])
  }
  if (bySlide.size === 0)
    return undefined
  const lines = [...bySlide].map(([slide, items]) => `  slide ${slide} (${titles[slide - 1] ?? ''}): ${items.slice(0, 3).map(i => `${i.element} "${i.text}"`).join(', ')}${items.length > 3 ? ` and ${items.length - 3} more` : ''} run past the slide`)
  return `content runs off ${bySlide.size === 1 ? 'a slide' : `${bySlide.size} slides`}:\n${lines.join('\n')}\nSplit the slide, or step its content with clicks; a slide that may run off says why in its frontmatter: overflow: { allow: "reason" }`
}
