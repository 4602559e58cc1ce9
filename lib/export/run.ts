import type { Cleanup } from './cleanup'
import type { ExportDeck, LessonForExport } from './deck'
import type { HandoutPage, NotesPageLayout } from './layout'
import type { DocumentKind, ExportOptions } from './options'
import type { PrintSite, PrintSiteDeck } from './printSite'
import { join, relative } from 'node:path'
import process from 'node:process'
import { phase } from '../process/phase'
import { unlessStopped } from '../process/stopSignals'
import { startStaticServer } from '../server/staticServer'
import { StagedFiles } from './atomicWrite'
import { addOutline, PDFDocument, placeSlides, setMetadata } from './compose'
import { buildExportDeck } from './deck'
import { handoutHtml, notesHtml } from './html'
import { handoutPageCount, layoutHandout, layoutNotesPage } from './layout'
import { FILE_NAMES } from './options'
import { closeBrowser, launchBrowser, printFrame, printSlides } from './render'

export interface ExportContext {
  options: ExportOptions
  /** Browser executable, already resolved. */
  browserPath: string
  lesson: LessonForExport
  /** The deck's print site, cached or being built (openPrintSite). */
  site: PrintSite
  /** Progress lines go here. */
  log: (line: string) => void
  /** Undone when the export ends; the caller runs it on Ctrl-C too. */
  cleanup: Cleanup
  /** The export's one cancellation: once it fires, every step stops and nothing is written. */
  signal: AbortSignal
  /** Per-step browser timeout in ms. */
  timeout?: number
}

/** Where time went, in ms since the process started, for the benchmark and for curious users. */
export type Timings = Record<string, number>

export interface ExportResult {
  written: string[]
  timings: Timings
}

interface DeckLayout {
  deck: ExportDeck
  width: number
  height: number
  handoutPages: HandoutPage[]
  notesLayout: NotesPageLayout
}

/** The export's view of the deck and where each slide goes on the A4 pages. */
function layoutFrames(parsed: PrintSiteDeck, lesson: LessonForExport): DeckLayout {
  const deck = buildExportDeck(parsed.slides, lesson)
  const width = parsed.canvasWidth
  const height = Math.round(width / parsed.aspectRatio)
  const aspect = width / height
  return { deck, width, height, handoutPages: layoutHandout(deck.slides.length, aspect), notesLayout: layoutNotesPage(aspect) }
}

/**
 * Writes the requested PDFs with one static server (the deck's print build, reused while the
 * deck is unchanged) and one Chromium. Slidev's print view is printed once; the handout and the
 * notes are A4 frames printed by the same browser, with the slides' vector pages drawn into
 * them, so all three documents cost about one slide export.
 */
export async function runExport(ctx: ExportContext): Promise<ExportResult> {
  const timings: Timings = {}
  const mark = (label: string): void => {
    timings[label] = Math.round(performance.now())
  }
  const { options, log, cleanup, signal } = ctx
  const timeout = ctx.timeout ?? 60_000
  const wants = (kind: DocumentKind): boolean => options.only.includes(kind)
  // Every wait of the export ends as soon as it is asked to stop.
  const step = <T>(promise: Promise<T>): Promise<T> => unlessStopped(promise, signal)

  const staged = new StagedFiles(signal)
  cleanup.add(() => staged.discard())

  // Chromium starts while the deck is built or loaded: they are independent and both take a while.
  const browserPromise = launchBrowser(ctx.browserPath, signal)
  cleanup.add(async () => {
    // Stopped, the export does not wait for the browser: on exit Playwright kills its process
    // group and removes its profile folder. Finished, it closes it properly.
    if (signal.aborted)
      return
    const browser = await browserPromise.catch(() => undefined)
    if (browser)
      await closeBrowser(browser)
  })
  browserPromise.catch(() => undefined)
  await phase('browser-starting', signal)

  const { site } = ctx
  const { deck, width, height, handoutPages, notesLayout } = layoutFrames(await step(site.deck), ctx.lesson)
  const count = deck.slides.length
  log(`export: ${count} slides from ${options.entry} into ${options.out}/ (${options.only.map(kind => FILE_NAMES[kind]).join(', ')})`)
  mark('deckParsed')

  // The frames need only the data, so Chromium lays them out while the deck builds or loads.
  const frame = (kind: 'handout' | 'notes', html: () => string) => wants(kind)
    ? browserPromise.then(browser => printFrame(browser, html(), timeout, () => phase(kind === 'handout' ? 'rendering:handout.pdf' : 'rendering:speaker-notes.pdf', signal)))
    : undefined
  const handoutFrame = frame('handout', () => handoutHtml(deck, handoutPages))
  const notesFrame = frame('notes', () => notesHtml(deck, notesLayout))
  // Unobserved until awaited below; keep a failure here from being reported as unhandled first.
  handoutFrame?.catch(() => undefined)
  notesFrame?.catch(() => undefined)

  const siteDir = await step(site.dir)
  mark(site.reused ? 'buildReused' : 'deckBuilt')
  const server = await step(startStaticServer(siteDir))
  cleanup.add(() => server.close())
  mark('serverListening')
  const browser = await step(browserPromise)
  mark('browserLaunched')

  // The slides are printed for the handout and the notes too; say so only when slides.pdf is asked for.
  log(`${wants('slides') ? 'slides.pdf' : 'slides'}: rendering ${count} slides`)
  const slidesBytes = await step(printSlides(browser, {
    url: `${server.url}/`,
    slideCount: count,
    width,
    height,
    timeout,
    onSlideReady: no => log(`${wants('slides') ? 'slides.pdf' : 'slides'}: slide ${no}/${count} ${deck.slides[no - 1]!.title}`),
    whileRendering: () => phase('rendering:slides.pdf', signal),
  }))
  mark('slidesPrinted')
  const slidesPdf = await PDFDocument.load(slidesBytes, { updateMetadata: false })
  if (slidesPdf.getPageCount() !== count)
    throw new Error(`Chromium printed ${slidesPdf.getPageCount()} pages for ${count} slides`)

  const target = (kind: DocumentKind): string => join(options.out, FILE_NAMES[kind])

  if (handoutFrame) {
    const { pdf } = await step(handoutFrame)
    const handout = await PDFDocument.load(pdf, { updateMetadata: false })
    if (handout.getPageCount() !== handoutPageCount(count))
      throw new Error(`handout frame has ${handout.getPageCount()} pages, expected ${handoutPageCount(count)}`)
    await placeSlides(handout, slidesPdf, handoutPages.flatMap(page => page.rows.map(row => ({
      page: page.pageNo - 1,
      slide: row.slideNo - 1,
      box: row.slide,
    }))))
    setMetadata(handout, deck, '学生讲义')
    await staged.stage(target('handout'), await handout.save())
    log(`handout.pdf: ${handout.getPageCount()} pages, 3 slides each`)
    mark('handoutComposed')
  }
  // A file may be staged by now: a stop here must remove it.
  await phase('composing', signal)

  if (notesFrame) {
    const { pdf, overflowing } = await step(notesFrame)
    if (overflowing.length > 0)
      throw new Error(`speaker notes of slide ${overflowing.join(', ')} do not fit on one page even at 7 pt; shorten them`)
    const notes = await PDFDocument.load(pdf, { updateMetadata: false })
    if (notes.getPageCount() !== count)
      throw new Error(`notes frame has ${notes.getPageCount()} pages, expected ${count}`)
    await placeSlides(notes, slidesPdf, deck.slides.map((_, index) => ({ page: index, slide: index, box: notesLayout.slide })))
    setMetadata(notes, deck, '讲师备课稿')
    addOutline(notes, deck.slides.map(slide => slide.title))
    await staged.stage(target('notes'), await notes.save())
    log(`speaker-notes.pdf: ${count} pages, ${deck.totalMinutes} minutes planned`)
    mark('notesComposed')
  }

  if (wants('slides')) {
    setMetadata(slidesPdf, deck, '')
    addOutline(slidesPdf, deck.slides.map(slide => slide.title))
    await staged.stage(target('slides'), await slidesPdf.save())
    mark('slidesSaved')
  }

  await phase('committing', signal)
  const written = staged.commit()
  mark('written')
  for (const file of written) {
    // A path inside the project reads best relative to it; one elsewhere, in full.
    const near = relative(process.cwd(), file)
    log(`wrote ${near && !near.startsWith('..') ? near : file}`)
  }
  log(`done in ${(timings.written! / 1000).toFixed(1)} s (${Object.entries(timings).map(([step, ms]) => `${step} ${ms}`).join(', ')} ms)`)
  return { written, timings }
}
