/**
 * `npm run export`: writes exports/slides.pdf, handout.pdf and speaker-notes.pdf.
 * Exit codes: 0 written, 1 export failed, 2 bad options, 130 interrupted.
 */
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser } from '../tools/browser/findBrowser'
import { ensureWritableDir } from '../tools/export/atomicWrite'
import { Cleanup } from '../tools/export/cleanup'
import { parseExportArgs, USAGE, UsageError } from '../tools/export/options'
import { openPrintSite } from '../tools/export/printSite'

/** Undoes the creation of the output folder while it is empty (set once the folder exists). */
let removeEmptyOut = async (): Promise<void> => {}

async function fail(message: string, code: number): Promise<never> {
  process.stderr.write(`export: ${message}\n`)
  await removeEmptyOut()
  process.exit(code)
}

async function main(): Promise<void> {
  let options
  try {
    options = parseExportArgs(process.argv.slice(2))
  }
  catch (error) {
    if (error instanceof UsageError)
      await fail(`${error.message}\n${USAGE}`, 2)
    throw error
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  try {
    removeEmptyOut = await ensureWritableDir(options.out)
  }
  catch (error) {
    await fail((error as Error).message, 2)
  }

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

  const cleanup = new Cleanup()
  let interrupted = false
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted)
      return
    interrupted = true
    process.stderr.write(`export: ${signal}, stopping; previous PDFs are kept\n`)
    void cleanup.run().then(removeEmptyOut).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const log = (line: string): void => {
    process.stdout.write(`${line}\n`)
  }
  try {
    // The deck's build, when it changed, runs in its own process: start it first, then load the
    // rest of the export (Chromium's driver, the PDF library, the lesson: half a second).
    const site = await openPrintSite({
      root: process.cwd(),
      entry: options.entry,
      skip: [options.out],
      log,
      warn: text => process.stderr.write(`${text}\n`),
      onCleanup: task => cleanup.add(task),
    })
    // The lesson beside the entry, through the kit's one loader (the same one the build uses).
    const [{ runExport }, { loadLesson }, { lessonModulePath }] = await Promise.all([import('../tools/export/run'), import('../kit/lesson/loadLesson'), import('../kit/lesson/paths')])
    const lesson = await loadLesson(lessonModulePath(dirname(resolve(options.entry))))
    await runExport({ options, browserPath, lesson, site, cleanup, log })
  }
  catch (error) {
    if (interrupted)
      return
    await cleanup.run()
    await fail(error instanceof Error ? error.message : String(error), 1)
  }
  await cleanup.run()
  // Nothing left open (a socket of Chromium's driver, a timer) may keep the command waiting: the work is done.
  process.exit(0)
}

void main()
