import type { Browser, Page } from 'playwright-core'
import type { Sheets } from './html'
import type { SlideImage } from './images'
import type { SlideOverflow } from './overflow'
import { MERMAID_ERROR_ATTRIBUTE } from '../../kit/slides/mermaidErrorSvg'
import { findPrintImages } from './images'
import { findPrintOverflow } from './overflow'
import { placeSlidesOnSheets } from './sheets'

export interface SlidePrintOptions {
  /** Base URL of the running deck, ending in a slash. */
  url: string
  slideCount: number
  width: number
  height: number
  timeout: number
  /** Called as each slide is ready to print. */
  onSlideReady: (no: number) => void
}

/**
 * What makes a printed slide final: Slidev's loading placeholder gone, every image decoded,
 * every diagram settled (the deck's MermaidDiagram keeps `data-status="pending"` until mermaid
 * has drawn it, after fonts load; Slidev's own mermaid empties its rendering container), and
 * all web fonts loaded. Evaluated inside the page.
 */
function slideIsReady(index: number): boolean {
  const containers = document.querySelectorAll('.print-slide-container')
  const container = containers[index]
  if (!container)
    return false
  if (container.querySelector('.slidev-slide-loading'))
    return false
  if (container.querySelector('.mermaid-diagram[data-status="pending"]'))
    return false
  if (document.querySelector('#mermaid-rendering-container > div'))
    return false
  for (const image of container.querySelectorAll('img')) {
    if (!image.complete)
      return false
  }
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

/** The deck's print view, loaded once and printed as each of the three documents. */
export interface PrintView {
  /** The slides, one page each, at the canvas' size. */
  printSlides: () => Promise<Uint8Array>
  /** The slides moved onto A4 sheets (the handout's or the notes'), printed as one document. */
  printSheets: (sheets: Sheets) => Promise<{ pdf: Uint8Array, overflowing: number[] }>
  /** Elements that run past their slide, each slide at its last click (before any sheet layout). */
  overflow: () => Promise<SlideOverflow[]>
  /** Each slide's images, with their alt text and size. */
  images: () => Promise<SlideImage[]>
  close: () => Promise<void>
}

/**
 * Opens Slidev's print view (every slide, every click shown) and waits until every slide is
 * final. Every document is printed from this one page with Chromium's tagged output, so its
 * PDF carries the page's structure: language, headings, lists, figures with their text.
 */
export async function openPrintView(browser: Browser, options: SlidePrintOptions): Promise<PrintView> {
  // Slidev sizes its print view from the window, as tall as all slides together (as its own export does).
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height * options.slideCount }, deviceScaleFactor: 2 })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(options.timeout)
    const network = trackNetwork(page)
    await page.goto(`${options.url}print?print=true`, { waitUntil: 'domcontentloaded' })
    await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length === count, options.slideCount)
    for (let index = 0; index < options.slideCount; index++) {
      await page.waitForFunction(slideIsReady, index, { polling: 50 })
      options.onSlideReady(index + 1)
    }
    await network.quiet(300, options.timeout)
    // A font requested by a late layout (a diagram's labels) can start loading after the check.
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    // The styles that arrived since may have started new loads (fonts, images): check again.
    for (let index = 0; index < options.slideCount; index++)
      await page.waitForFunction(slideIsReady, index, { polling: 50 })
    const broken = await page.evaluate(attribute => [...document.querySelectorAll('.print-slide-container')]
      .flatMap((container, index) => {
        // Slidev's own ```mermaid blocks draw in a shadow root; setup/mermaid-renderer.ts marks a failed one.
        const native = [...container.querySelectorAll('.mermaid')].some(host => host.shadowRoot?.querySelector(`[${attribute}]`))
        return container.querySelector('.mermaid-diagram[data-status="error"]') || native ? [index + 1] : []
      }), MERMAID_ERROR_ATTRIBUTE)
    if (broken.length > 0)
      throw new Error(`the diagram on slide ${broken.join(', ')} failed to render (Mermaid error shown on the slide)`)
    // Slidev's off-screen mermaid container sits after the last slide; printed, it adds a blank page.
    await page.evaluate(() => {
      const container = document.querySelector<HTMLElement>('#mermaid-rendering-container')
      if (container)
        container.style.display = 'none'
    })
    await page.emulateMedia({ media: 'screen' })
    const print = { printBackground: true, tagged: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } }
    return {
      async printSlides() {
        return new Uint8Array(await page.pdf({ ...print, width: `${options.width}px`, height: `${options.height}px`, preferCSSPageSize: true }))
      },
      async printSheets(sheets) {
        const { overflowing } = await page.evaluate(placeSlidesOnSheets, sheets)
        const pdf = await page.pdf({ ...print, preferCSSPageSize: true })
        return { pdf: new Uint8Array(pdf), overflowing }
      },
      overflow: () => page.evaluate(findPrintOverflow, 1),
      images: () => page.evaluate(findPrintImages),
      close: () => context.close(),
    }
  }
  catch (error) {
    await context.close()
    throw error
  }
}
