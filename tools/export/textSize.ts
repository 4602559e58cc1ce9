/**
 * The size text is seen at, one measurement for the export and the tests: the export fails when
 * any visible text of any slide, at any click, is under the kit's 16 px on the canvas (a diagram
 * shrunk to fit its box draws its labels smaller than it was set); the browser tests hold the
 * lesson's sentences to more on top of it.
 */
import type { SlideFinding } from './overflow'
import { slideFindingLines } from './overflow'

/** The smallest text a slide may show, in CSS px on its canvas: legible from the back row. */
export const MIN_TEXT_PX = 16

/** One run of text as a person sees it on the slide. */
export interface TextRun {
  /** The run's text. */
  text: string
  /** Its size on the canvas (980 px wide): the rendered line box divided by the font's line box per pixel of font size. */
  px: number
  /** The element holding the text, as tag.class. */
  element: string
}

/**
 * Whether a run measured at `px` is under `min`: the measure is rounded to 0.1 px and line boxes
 * to whole pixels, so a quarter pixel under still passes.
 */
export function isUnder(px: number, min: number): boolean {
  return px + 0.25 < min
}

/**
 * Runs in the page (Playwright's `locator.evaluateAll`): every visible text run of each slide root
 * given (a `.slidev-page`), with the size it is rendered at on a canvas `canvasWidth` px wide,
 * measured from its line boxes (Range.getClientRects), so every scale on the way counts: the
 * canvas fitted to the window, an SVG shrunk to its box, a transform. Walks into open shadow roots
 * and SVG text. Each line box's height is divided by the height the same font gives one pixel of
 * font size (measured once per font in the page), which turns it back into a font size.
 *
 * Self-contained on purpose: Playwright sends its source text to the page. No named inner
 * functions either (helpers are an object's methods), which a bundler may wrap in helpers the
 * page does not have.
 */
export function measureText(slides: Element[], canvasWidth: number): TextRun[][] {
  const lineBoxPerPx = new Map<string, number>()
  const opacities = new Map<Element, number>()
  return slides.map((slide) => {
    const canvasScale = slide.getBoundingClientRect().width / canvasWidth
    const at = {
      // Measured at the run's own font size: line boxes round the font's ascent and descent to whole pixels.
      lineBoxRatio(family: string, weight: string, size: string): number {
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
      },
      /** The element's opacity times its ancestors' (across shadow roots), 0 when it or one of them is not displayed. */
      opacity(element: Element): number {
        let known = opacities.get(element)
        if (known === undefined) {
          const style = getComputedStyle(element)
          const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null
          known = style.display === 'none' ? 0 : Number(style.opacity) * (parent ? at.opacity(parent) : 1)
          opacities.set(element, known)
        }
        return known
      },
      seen(element: Element): boolean {
        const style = getComputedStyle(element)
        // Text for screen readers only is clipped to a 1-px box (on the canvas): nobody sees it.
        const box = element.getBoundingClientRect()
        return style.visibility !== 'hidden' && at.opacity(element) > 0.05 && box.width / canvasScale > 1.5 && box.height / canvasScale > 1.5
      },
    }
    const runs: TextRun[] = []
    const roots: Node[] = [slide]
    for (let root = roots.pop(); root; root = roots.pop()) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot)
            roots.push(node.shadowRoot)
          continue
        }
        const text = node.textContent?.trim() ?? ''
        const parent = node.parentElement
        if (!text || !parent || !at.seen(parent))
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const lines = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
        if (lines.length === 0)
          continue
        const style = getComputedStyle(parent)
        const ratio = at.lineBoxRatio(style.fontFamily, style.fontWeight, style.fontSize)
        const smallest = Math.min(...lines.map(r => r.height))
        runs.push({
          text,
          px: Math.round(smallest / canvasScale / ratio * 10) / 10,
          element: `${parent.tagName.toLowerCase()}${[...parent.classList].map(c => `.${c}`).join('')}`,
        })
      }
    }
    return runs
  })
}

/** A run for a message: `text.nodeLabel "服务器 1" at 12.8 px`. */
export function describeRun(run: TextRun): string {
  return `${run.element} "${[...run.text.replace(/\s+/g, ' ')].slice(0, 40).join('')}" at ${run.px} px`
}

/** The export's error for slides that show text under `min` px at any click, or nothing. */
export function smallTextReport(findings: readonly SlideFinding<TextRun>[], titles: readonly string[], min = MIN_TEXT_PX): string | undefined {
  const lines = slideFindingLines(findings.filter(f => isUnder(f.found.px, min)), titles, describeRun)
  if (lines.length === 0)
    return undefined
  return `text under ${min} px on ${lines.length === 1 ? 'a slide' : `${lines.length} slides`} (its size on the canvas, after every scaling):\n${lines.join('\n')}\n`
    + `Nothing on a slide may be smaller than ${min} px, or the back row cannot read it. A diagram shrunk to fit its box draws its labels smaller: give it more room (a slide of its own, a layout with less beside it) or split it over two slides or clicks; do not set its text smaller.`
}
