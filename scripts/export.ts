/**
 * `npm run export`: writes exports/slides.pdf, handout.pdf and speaker-notes.pdf.
 * Exit codes: 0 written, 1 export failed, 2 bad options, 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP.
 */
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser } from '../tools/browser/findBrowser'
import { ensureBuild } from '../tools/build/ensureBuild'
import { lessonEntry } from '../tools/cli/lessonEntry'
import { ensureWritableDir, removeStaleTemps } from '../tools/export/atomicWrite'
import { parseExportArgs, USAGE, UsageError } from '../tools/export/options'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'

// First of all, so that a stop request at any later moment is handled (Ctrl-C, kill, a dead parent).
const stop = handleStopSignals({ message: signal => `export: ${signal}, stopping; previous PDFs are kept` })

async function fail(message: string, code: number): Promise<never> {
  process.stderr.write(`export: ${message}\n`)
  return stop.finish(code)
}

async function main(): Promise<void> {
  let options
  try {
    options = parseExportArgs(process.argv.slice(2), given => lessonEntry(process.cwd(), given))
  }
  catch (error) {
    if (error instanceof UsageError)
      await fail(`${error.message}\n${USAGE}`, 2)
    throw error
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return stop.finish(0)
  }
  try {
    stop.cleanup.add(await ensureWritableDir(options.out))
  }
  catch (error) {
    await fail((error as Error).message, 2)
  }
  await removeStaleTemps(options.out)

  let browserPath: string
  try {
    browserPath = options.browser ?? findBrowser()
    if (options.browser)
      findBrowser({ CHROMIUM_PATH: options.browser })
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError)
      await fail(error.message.replace('CHROMIUM_PATH is set to', '--browser is'), 1)
    throw error
  }

  const log = (line: string): void => {
    process.stdout.write(`${line}\n`)
  }
  try {
    // The deck's print build, when it changed, runs in its own process: start it first, then load
    // the rest of the export (Chromium's driver, the PDF library, the lesson) beside it.
    const site = ensureBuild({
      root: process.cwd(),
      entry: options.entry,
      flavour: 'print',
      skip: [options.out],
      signal: stop.signal,
      onCleanup: task => stop.cleanup.add(task),
      log,
      warn: text => process.stderr.write(`${text}\n`),
    })
    // Awaited later, once the deck is laid out; an early failure is not unhandled meanwhile.
    site.catch(() => undefined)
    // The deck as the build parsed it (the one deck model, kept beside the build), and the lesson
    // beside the entry through the kit's one loader.
    const [{ runExport }, { loadLesson }, { lessonModulePath }, { readDeckModel }] = await Promise.all([import('../tools/export/run'), import('../kit/lesson/loadLesson'), import('../kit/lesson/paths'), import('../kit/deck/deckModel.mjs')])
    const deck = site.then(build => readDeckModel(build.dir))
    deck.catch(() => undefined)
    const lesson = await loadLesson(lessonModulePath(dirname(resolve(options.entry))))
    await runExport({ options, browserPath, lesson, deck, site, cleanup: stop.cleanup, signal: stop.signal, log })
  }
  catch (error) {
    if (isInterrupted(error) || stop.signal.aborted)
      return stop.finish(1)
    await fail(error instanceof Error ? error.message : String(error), 1)
  }
  // Nothing left open (a socket of Chromium's driver, a timer) may keep the command waiting: the work is done.
  await stop.finish(0)
}

void main()
