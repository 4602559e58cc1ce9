import type { Page } from '@playwright/test'

/** One run of text as a person sees it on the slide. */
export interface TextRun {
  /** The run's text, shortened. */
  text: string
  /** Its size on the 980-px canvas: the rendered line box divided by the font's line box per pixel of font size. */
  px: number
  /** A sentence of the lesson (dialogue, milestone, paragraph) rather than a label. */
  sentence: boolean
  /** The element holding the text, as tag.class. */
  element: string
}

/**
 * Every visible text run of slide `no`, with the size it is rendered at, measured from its line
 * boxes (Range.getClientRects), so every scale on the way counts: the canvas fitted to the
 * window, an SVG shrunk to its box, a transform. Walks into open shadow roots and SVG text.
 * Each line box's height is divided by the height the same font gives one pixel of font size
 * (measured once per family in the page), which turns it back into a font size.
 * A run is a sentence when it is part of one of `sentences`: the lesson's dialogue, milestones,
 * paragraphs and captions, which must be larger than labels.
 */
export async function measureSlideText(page: Page, no: number, sentences: readonly string[]): Promise<TextRun[]> {
  return page.evaluate(([n, lessonSentences]) => {
    const slide = document.querySelector(`.slidev-page-${n}`)
    const canvas = document.querySelector('#slide-content')
    if (!slide || !canvas)
      throw new Error(`slide ${n} is not on the page`)
    const canvasScale = canvas.getBoundingClientRect().width / (canvas as HTMLElement).offsetWidth

    const lineBoxPerPx = new Map<string, number>()
    // Measured at the run's own font size: line boxes round the font's ascent and descent to whole pixels.
    function lineBoxRatio(family: string, weight: string, size: string): number {
      const key = `${weight} ${size} ${family}`
      let ratio = lineBoxPerPx.get(key)
      if (ratio === undefined) {
        const probe = document.createElement('span')
        probe.style.cssText = `position:absolute;left:-9999px;top:0;font-size:${size};line-height:normal;white-space:nowrap;font-weight:${weight}`
        probe.style.fontFamily = family
        probe.textContent = '容器Ag'
        document.body.append(probe)
        const range = document.createRange()
        range.selectNodeContents(probe.firstChild!)
        ratio = range.getBoundingClientRect().height / Number.parseFloat(size)
        probe.remove()
        lineBoxPerPx.set(key, ratio)
      }
      return ratio
    }

    function seen(element: Element): boolean {
      let opacity = 1
      for (let e: Element | null = element; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
        const style = getComputedStyle(e)
        if (style.display === 'none')
          return false
        opacity *= Number(style.opacity)
      }
      const style = getComputedStyle(element)
      // Text for screen readers only is clipped to a 1-px box (on the canvas): nobody sees it.
      const box = element.getBoundingClientRect()
      return style.visibility !== 'hidden' && opacity > 0.05 && box.width / canvasScale > 1.5 && box.height / canvasScale > 1.5
    }

    const name = (el: Element) => `${el.tagName.toLowerCase()}${[...el.classList].map(c => `.${c}`).join('')}`
    // Holding one of the lesson's sentences, or a part of one long enough not to be a word of a label.
    const isSentence = (text: string) => lessonSentences.some(s => text.includes(s) || ([...text].length >= 12 && s.includes(text)))

    const runs: { text: string, px: number, sentence: boolean, element: string }[] = []
    function visit(root: Node): void {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot)
            visit(node.shadowRoot)
          continue
        }
        const text = node.textContent?.trim() ?? ''
        const parent = node.parentElement
        if (!text || !parent || !seen(parent))
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const lines = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
        if (lines.length === 0)
          continue
        const style = getComputedStyle(parent)
        const ratio = lineBoxRatio(style.fontFamily, style.fontWeight, style.fontSize)
        const smallest = Math.min(...lines.map(r => r.height))
        runs.push({
          text: text.slice(0, 40),
          px: Math.round(smallest / canvasScale / ratio * 10) / 10,
          sentence: isSentence(text),
          element: name(parent),
        })
      }
    }
    visit(slide)
    return runs
  }, [no, sentences] as const)
}

export interface TextSizeRule {
  /** Smallest size for any text on a slide. */
  minPx: number
  /** Smallest size for the lesson's sentences. */
  minSentencePx: number
}

/** The runs a person at the back of the room cannot read, as `"text" (element) 12.8 px < 16 px`. */
export function tooSmall(runs: readonly TextRun[], rule: TextSizeRule): string[] {
  return runs
    .map((run) => {
      const min = run.sentence ? rule.minSentencePx : rule.minPx
      return run.px + 0.25 < min ? `"${run.text}" (${run.element}) ${run.px} px < ${min} px${run.sentence ? ' (a sentence)' : ''}` : null
    })
    .filter((problem): problem is string => problem !== null)
}
