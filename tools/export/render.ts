import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Sheets } from './html'
import type { SlideImage } from './images'
import type { Overflow, SlideFinding } from './overflow'
import type { TextRun } from './textSize'
import { DIAGRAM_MEMO_GLOBAL } from '../../kit/slides/diagramMemo'
import { MERMAID_ERROR_ATTRIBUTE } from '../../kit/slides/mermaidErrorSvg'
import { findPrintImages } from './images'
import { findOverflow } from './overflow'
import { lastClicks, parsePrintId, printIdPrefix, showLastStates } from './printStates'
import { placeSlidesOnSheets } from './sheets'
import { measureText } from './textSize'

export interface SlidePrintOptions {
  /** Base URL of the running deck, ending in a slash. */
  url: string
  slideCount: number
  width: number
  height: number
  timeout: number
  /** Diagrams the last export drew, by text and settings (kit/slides/diagramMemo.ts): not drawn again. */
  diagrams: Record<string, string>
  /** Called as each slide is ready to print. */
  onSlideReady: (no: number) => void
}

/**
 * What makes a printed slide final, for every state of it on the page whose id starts with
 * `prefix` (all states for ''): Slidev's loading placeholder gone, every image decoded, every
 * diagram settled (the deck's MermaidDiagram keeps `data-status="pending"` until mermaid has
 * drawn it, after fonts load; Slidev's own mermaid empties its rendering container), and all web
 * fonts loaded. Evaluated inside the page.
 */
function statesAreReady(prefix: string): boolean {
  const containers = [...document.querySelectorAll('.print-slide-container')].filter(container => container.id.startsWith(prefix))
  if (containers.length === 0)
    return false
  for (const container of containers) {
    if (container.querySelector('.slidev-slide-loading'))
      return false
    if (container.querySelector('.mermaid-diagram[data-status="pending"]'))
      return false
    for (const image of container.querySelectorAll('img')) {
      if (!image.complete)
        return false
    }
  }
  if (document.querySelector('#mermaid-rendering-container > div'))
    return false
  return document.fonts.status === 'loaded'
}

/**
 * Resolves once no request of the page has been in flight for `quietMs`. The built deck loads
 * each slide's chunk and stylesheet, and each font subset, only when needed, so a slide can be
 * in the DOM before its styles or glyphs are; the stream of requests marks that work.
 * Playwright's 'networkidle' is the same idea with a fixed 500 ms window.
 */
function trackNetwork(page: Page): { quiet: (quietMs: number, timeoutMs: number) => Promise<void> } {
  let inflight = 0
  let last = performance.now()
  page.on('request', () => {
    inflight++
    last = performance.now()
  })
  const done = (): void => {
    inflight = Math.max(0, inflight - 1)
    last = performance.now()
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return {
    async quiet(quietMs, timeoutMs) {
      const deadline = performance.now() + timeoutMs
      // inflight and last change in the page's event handlers while this loop sleeps.
      while (inflight > 0 || performance.now() - last < quietMs) { // eslint-disable-line no-unmodified-loop-condition
        if (performance.now() > deadline)
          throw new Error(`the deck kept loading for ${Math.round(timeoutMs / 1000)} s`)
        await new Promise(resolve => setTimeout(resolve, 25))
      }
    },
  }
}

/** What the checks found on every state of every slide, before anything is printed. */
export interface StateFindings {
  overflow: SlideFinding<Overflow>[]
  text: SlideFinding<TextRun>[]
}

/** The deck's print view, loaded once and printed as each of the three documents. */
export interface PrintView {
  /** What runs off and the text's sizes, at every state; call it before printing, which hides all but each slide's last state. */
  check: () => Promise<StateFindings>
  /** The slides, one page each (its last click), at the canvas' size. */
  printSlides: () => Promise<Uint8Array>
  /** The slides moved onto A4 sheets (the handout's or the notes'), printed as one document. */
  printSheets: (sheets: Sheets) => Promise<{ pdf: Uint8Array, overflowing: number[] }>
  /** Each slide's images, with their alt text and size (once each, whichever clicks show them). */
  images: () => Promise<SlideImage[]>
  /** The diagrams on the page, drawn or taken from `diagrams`: what the next export may reuse. */
  drawnDiagrams: () => Promise<Record<string, string>>
  close: () => Promise<void>
}

/** A page for the print view, in a context of its own. */
export interface PrintPage {
  context: BrowserContext
  page: Page
}

/**
 * The print view's page, made before the deck is known (while it is built): a context and its
 * renderer take a while to start. Closed with the view, or with the browser.
 */
export async function newPrintPage(browser: Browser): Promise<PrintPage> {
  // Rendered at twice the canvas' resolution: what the PDFs rasterize (shadows, images) stays sharp.
  const context = await browser.newContext({ deviceScaleFactor: 2 })
  try {
    return { context, page: await context.newPage() }
  }
  catch (error) {
    await context.close()
    throw error
  }
}

/**
 * Opens Slidev's print view with clicks (every slide at each of its clicks, `print?print=clicks`)
 * in `printPage` and waits until every state is final. Every document is printed from this one
 * page, each slide at its last click, with Chromium's tagged output, so its PDF carries the
 * page's structure: language, headings, lists, figures with their text.
 */
export async function openPrintView({ context, page }: PrintPage, options: SlidePrintOptions): Promise<PrintView> {
  try {
    // Slidev sizes its print view from the window, as tall as all slides together (as its own export does).
    await page.setViewportSize({ width: options.width, height: options.height * options.slideCount })
    await context.addInitScript(({ name, known }) => {
      (globalThis as Record<string, unknown>)[name] = { known, drawn: {} }
    }, { name: DIAGRAM_MEMO_GLOBAL, known: options.diagrams })
    page.setDefaultTimeout(options.timeout)
    const network = trackNetwork(page)
    await page.goto(`${options.url}print?print=clicks`, { waitUntil: 'domcontentloaded' })
    for (let no = 1; no <= options.slideCount; no++) {
      await page.waitForFunction(statesAreReady, printIdPrefix(no), { polling: 50 })
      options.onSlideReady(no)
    }
    const containers = page.locator('#print-content > .print-slide-container')
    // A slide renders its first state, counts its clicks as it mounts, then renders the others;
    // those load styles, fonts (a diagram's labels may ask late) and images too. Until none come.
    for (;;) {
      const before = await containers.count()
      await network.quiet(300, options.timeout)
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      await page.waitForFunction(statesAreReady, '', { polling: 50 })
      if (await containers.count() === before)
        break
    }
    const states = (await containers.evaluateAll(all => all.map(container => container.id))).map(parsePrintId)
    const broken = await containers.evaluateAll((all, attribute) => all.flatMap((container) => {
      // Slidev's own ```mermaid blocks draw in a shadow root; setup/mermaid-renderer.ts marks a failed one.
      const native = [...container.querySelectorAll('.mermaid')].some(host => host.shadowRoot?.querySelector(`[${attribute}]`))
      return container.querySelector('.mermaid-diagram[data-status="error"]') || native ? [container.id] : []
    }), MERMAID_ERROR_ATTRIBUTE)
    if (broken.length > 0)
      throw new Error(`the diagram on slide ${[...new Set(broken.map(id => parsePrintId(id).slide))].join(', ')} failed to render (Mermaid error shown on the slide)`)
    // Slidev's off-screen mermaid container sits after the last slide; printed, it adds a blank page.
    await page.evaluate(() => {
      const container = document.querySelector<HTMLElement>('#mermaid-rendering-container')
      if (container)
        container.style.display = 'none'
    })
    await page.emulateMedia({ media: 'screen' })

    const last = lastClicks(states)
    let lastStatesShown: Promise<number> | undefined
    const showLast = (): Promise<number> => lastStatesShown ??= page.evaluate(showLastStates, states.filter(state => state.click === last.get(state.slide)).map(state => [state.id, state.slide] as const))
    const print = { printBackground: true, tagged: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } }
    return {
      async check() {
        if (lastStatesShown)
          throw new Error('the print view was checked after printing, with only the last states left')
        const slides = page.locator('#print-content > .print-slide-container > .slidev-page')
        const ids = await slides.evaluateAll(all => all.map(slide => slide.parentElement!.id))
        const perState = <T>(found: T[][]): SlideFinding<T>[] => ids.flatMap((id, index) => {
          const { slide, click } = parsePrintId(id)
          return found[index]!.map(item => ({ slide, click, lastClick: last.get(slide) ?? 0, found: item }))
        })
        return {
          overflow: perState(await slides.evaluateAll(findOverflow, 1)),
          text: perState(await slides.evaluateAll(measureText, options.width)),
        }
      },
      async printSlides() {
        await showLast()
        return new Uint8Array(await page.pdf({ ...print, width: `${options.width}px`, height: `${options.height}px`, preferCSSPageSize: true }))
      },
      async printSheets(sheets) {
        await showLast()
        const { overflowing } = await page.evaluate(placeSlidesOnSheets, sheets)
        const pdf = await page.pdf({ ...print, preferCSSPageSize: true })
        return { pdf: new Uint8Array(pdf), overflowing }
      },
      async images() {
        const found = await page.evaluate(findPrintImages)
        const seen = new Set<string>()
        return found.flatMap(({ state, ...image }) => {
          const slide = parsePrintId(state).slide
          const key = JSON.stringify([slide, image.src, image.alt])
          if (seen.has(key))
            return []
          seen.add(key)
          return [{ slide, ...image }]
        })
      },
      drawnDiagrams: () => page.evaluate(name => ((globalThis as Record<string, unknown>)[name] as { drawn: Record<string, string> }).drawn, DIAGRAM_MEMO_GLOBAL),
      close: () => context.close(),
    }
  }
  catch (error) {
    await context.close()
    throw error
  }
}
