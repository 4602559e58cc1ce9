/**
 * `npm run build`: the deck as a static site in dist/. The build is made beside dist/ and takes
 * its place only when complete, so a failed or interrupted build leaves the last good one.
 * Exit codes: 0 built, 1 the build failed, 130/143/129 stopped.
 */
import { relative } from 'node:path'
import process from 'node:process'
import { BuildUnavailableError, ensureBuild } from '../tools/build/ensureBuild'
import { UsageError } from '../tools/cli/commandLine'
import { lessonEntry } from '../tools/cli/lessonEntry'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'

const stop = handleStopSignals({ message: signal => `build: ${signal}, stopping; dist/ is kept as it was` })

// The one argument is a lesson's entry or its folder (default slides.md): its build goes to dist/ beside it.
const [given = 'slides.md', ...extra] = process.argv.slice(2)
let entry = given
try {
  if (extra.length > 0 || given.startsWith('-'))
    throw new UsageError('takes one lesson entry at most')
  entry = lessonEntry(process.cwd(), given)
}
catch (error) {
  if (!(error instanceof UsageError))
    throw error
  process.stderr.write(`build: ${error.message} (Usage: npm run build [-- lessons/x/slides.md])\n`)
  await stop.finish(2)
}
try {
  // Always built, as `slidev build` does; present and export build only when the sources changed.
  const { dir } = await ensureBuild({ root: process.cwd(), entry, flavour: 'site', rebuild: true, signal: stop.signal, onCleanup: task => stop.cleanup.add(task), log: console.log })
  console.log(`built the deck into ${relative(process.cwd(), dir)}/`)
  await stop.finish(0)
}
catch (error) {
  if (isInterrupted(error) || stop.signal.aborted)
    await stop.finish(1)
  process.stderr.write(`build: ${error instanceof BuildUnavailableError ? error.message : String(error)}\n`)
  await stop.finish(1)
}
