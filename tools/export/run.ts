import type { Deck } from '../../kit/deck/loadDeck'
import type { EnsuredBuild } from '../build/ensureBuild'
import type { Cleanup } from './cleanup'
import type { ExportDeck, LessonForExport } from './deck'
import type { HandoutLayout, HandoutPage, NotesPageLayout } from './layout'
import type { DocumentKind, ExportOptions } from './options'
import { join, relative } from 'node:path'
import process from 'node:process'
import { printLabels } from '../../kit/labels'
import { closeBrowser, launchChromium } from '../browser/launch'
import { phase } from '../process/phase'
import { unlessStopped } from '../process/stopSignals'
import { startStaticServer } from '../server/staticServer'
import { StagedFiles } from './atomicWrite'
import { addOutline, PDFDocument, setMetadata } from './compose'
import { buildExportDeck } from './deck'
import { diagramMemoFile, keepDiagramMemo, readDiagramMemo } from './diagramMemo'
import { handoutSheets, notesSheets } from './html'
import { heavyImages, missingAltText } from './images'
import { handoutPageCount, layoutHandout, layoutNotesPage, slidesPerHandoutPage } from './layout'
import { FILE_NAMES } from './options'
import { overflowAllowed, overflowReport } from './overflow'
import { newPrintPage, openPrintView } from './render'
import { smallTextReport } from './textSize'

export interface ExportContext {
  options: ExportOptions
  /** Browser executable, already resolved. */
  browserPath: string
  lesson: LessonForExport
  /** The deck, through the one deck model (kit/deck/loadDeck.ts), as the build parsed it. */
  deck: Promise<Deck>
  /** The deck's print site, current or being built (tools/build/ensureBuild.ts, flavour print). */
  site: Promise<EnsuredBuild>
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
function layoutDeck(model: Deck, lesson: LessonForExport, handout: HandoutLayout): DeckLayout {
  const deck = buildExportDeck(model.slides, lesson)
  const { width, height } = model.canvas
  const aspect = width / height
  return { deck, width, height, handoutPages: layoutHandout(deck.slides.length, aspect, handout), notesLayout: layoutNotesPage(aspect) }
}

/**
 * Writes the requested PDFs with one static server (the deck's print build, reused while the
 * deck is unchanged) and one Chromium. Slidev's print view is loaded once and printed three
 * times: as the slides, then with the slides moved onto the handout's A4 sheets, then onto the
 * notes' sheets. Each is one tagged document with the slides' own text and structure.
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
  const browserPromise = launchChromium({ executablePath: ctx.browserPath, signal })
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
  // And the print view's page in it: closed with the browser if the export ends before printing.
  const printPagePromise = browserPromise.then(browser => newPrintPage(browser))
  printPagePromise.catch(() => undefined)
  await phase('browser-starting', signal)

  const site = await step(ctx.site)
  mark(site.built ? 'deckBuilt' : 'buildReused')
  const model = await step(ctx.deck)
  const allowedOverflow = overflowAllowed(model.slides.map(slide => ({ overflow: slide.frontmatter.overflow })))
  const { deck, width, height, handoutPages, notesLayout } = layoutDeck(model, ctx.lesson, options.handout)
  const count = deck.slides.length
  log(`export: ${count} slides from ${options.entry} into ${options.out}/ (${options.only.map(kind => FILE_NAMES[kind]).join(', ')})`)
  mark('deckRead')
  const server = await step(startStaticServer(site.dir))
  cleanup.add(() => server.close())
  mark('serverListening')
  const browser = await step(browserPromise)
  mark('browserLaunched')
  const memo = diagramMemoFile({ root: process.cwd(), entry: options.entry, siteDir: site.dir, browserVersion: browser.version() })
  const knownDiagrams = readDiagramMemo(memo)

  // The print view is loaded for the handout and the notes too; say slides.pdf only when it is asked for.
  const viewName = wants('slides') ? 'slides.pdf' : 'slides'
  log(`${viewName}: rendering ${count} slides`)
  const view = await step(openPrintView(await step(printPagePromise), {
    url: `${server.url}/`,
    slideCount: count,
    width,
    height,
    timeout,
    diagrams: knownDiagrams,
    onSlideReady: no => log(`${viewName}: slide ${no}/${count} ${deck.slides[no - 1]!.title}`),
  }))
  cleanup.add(async () => {
    if (!signal.aborted)
      await view.close()
  })
  mark('slidesReady')
  const drawnDiagrams = await step(view.drawnDiagrams())
  const reused = Object.keys(drawnDiagrams).filter(key => knownDiagrams[key] === drawnDiagrams[key]).length
  if (reused > 0)
    log(`${viewName}: ${reused} of ${Object.keys(drawnDiagrams).length} diagrams as the last export drew them`)
  // Kept while the slides print; the PDFs never wait for it or fail with it.
  const keeping = keepDiagramMemo(memo, knownDiagrams, drawnDiagrams)
  const titles = deck.slides.map(slide => slide.title)
  // Every slide at every click, before anything is printed: what runs off, and text too small to read.
  const found = await step(view.check())
  const problems = [overflowReport(found.overflow, allowedOverflow, titles), smallTextReport(found.text, titles)].filter(Boolean)
  if (problems.length > 0)
    throw new Error(problems.join('\n'))
  mark('checked')
  const images = await step(view.images())
  const noAlt = missingAltText(images, titles)
  if (noAlt)
    throw new Error(noAlt)
  for (const warning of heavyImages(images))
    log(`export: warning: ${warning}`)

  const target = (kind: DocumentKind): string => join(options.out, FILE_NAMES[kind])

  // Chromium prints the next document while this process checks, titles and stages the one
  // before (pdf-lib): the two run side by side.
  const finishing: Promise<void>[] = []
  const finish = (work: () => Promise<void>): void => {
    const done = work()
    done.catch(() => undefined)
    finishing.push(done)
  }

  if (wants('slides')) {
    await phase('rendering:slides.pdf', signal)
    const printed = await step(view.printSlides())
    finish(async () => {
      const slidesPdf = await PDFDocument.load(printed, { updateMetadata: false })
      if (slidesPdf.getPageCount() !== count)
        throw new Error(`Chromium printed ${slidesPdf.getPageCount()} pages for ${count} slides`)
      setMetadata(slidesPdf, deck, '')
      addOutline(slidesPdf, deck.slides.map(slide => slide.title))
      await staged.stage(target('slides'), await slidesPdf.save())
      mark('slidesPrinted')
    })
  }

  if (wants('handout')) {
    await phase('rendering:handout.pdf', signal)
    const { pdf } = await step(view.printSheets(handoutSheets(deck, handoutPages)))
    finish(async () => {
      const handout = await PDFDocument.load(pdf, { updateMetadata: false })
      const expected = handoutPageCount(count, options.handout)
      if (handout.getPageCount() !== expected)
        throw new Error(`Chromium printed ${handout.getPageCount()} handout pages, expected ${expected}`)
      setMetadata(handout, deck, printLabels.handout)
      await staged.stage(target('handout'), await handout.save())
      log(`handout.pdf: ${handout.getPageCount()} pages, ${slidesPerHandoutPage(options.handout)} slides each`)
      mark('handoutPrinted')
    })
  }

  // A file may be staged by now: a stop here must remove it.
  await phase('composing', signal)

  if (wants('notes')) {
    await phase('rendering:speaker-notes.pdf', signal)
    const { pdf, overflowing } = await step(view.printSheets(notesSheets(deck, notesLayout)))
    if (overflowing.length > 0)
      throw new Error(`speaker notes of slide ${overflowing.join(', ')} do not fit on one page even at 7 pt; shorten them`)
    finish(async () => {
      const notes = await PDFDocument.load(pdf, { updateMetadata: false })
      if (notes.getPageCount() !== count)
        throw new Error(`Chromium printed ${notes.getPageCount()} notes pages, expected ${count}`)
      setMetadata(notes, deck, printLabels.notes)
      addOutline(notes, deck.slides.map(slide => slide.title))
      await staged.stage(target('notes'), await notes.save())
      log(`speaker-notes.pdf: ${count} pages, ${deck.totalMinutes} minutes planned`)
      mark('notesPrinted')
    })
  }
  await step(Promise.all(finishing))
  await step(view.close())

  await phase('committing', signal)
  const written = staged.commit()
  mark('written')
  const notKept = await keeping
  if (notKept)
    log(`export: warning: the diagrams could not be kept for the next export (${notKept.message})`)
  for (const file of written) {
    // A path inside the project reads best relative to it; one elsewhere, in full.
    const near = relative(process.cwd(), file)
    log(`wrote ${near && !near.startsWith('..') ? near : file}`)
  }
  log(`done in ${(timings.written! / 1000).toFixed(1)} s (${Object.entries(timings).map(([step, ms]) => `${step} ${ms}`).join(', ')} ms)`)
  return { written, timings }
}
