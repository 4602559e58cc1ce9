/**
 * `npm run build`: the deck as a static site in dist/. The build is made beside dist/ and takes
 * its place only when complete, so a failed or interrupted build leaves the last good one.
 * Exit codes: 0 built, 1 the build failed, 130/143/129 stopped.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { BuildFailedError } from '../tools/build/slidevBuild'
import { buildDist } from '../tools/present/buildDist'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'

const stop = handleStopSignals({ message: signal => `build: ${signal}, stopping; dist/ is kept as it was` })

// The one argument is a lesson's entry (default slides.md): its build goes to dist/ beside it.
const [entry = 'slides.md', ...extra] = process.argv.slice(2)
if (extra.length > 0 || entry.startsWith('-') || !existsSync(entry)) {
  process.stderr.write(`build: ${extra.length > 0 || entry.startsWith('-') ? 'takes one lesson entry at most' : `no lesson at ${entry}`} (Usage: npm run build [-- lessons/x/slides.md])\n`)
  await stop.finish(2)
}
try {
  await buildDist(process.cwd(), { entry, signal: stop.signal, onCleanup: task => stop.cleanup.add(task) })
  console.log(`built the deck into ${join(dirname(entry), 'dist')}/`)
  await stop.finish(0)
}
catch (error) {
  if (isInterrupted(error) || stop.signal.aborted)
    await stop.finish(1)
  const message = error instanceof BuildFailedError ? error.message : String(error)
  process.stderr.write(`build: the build failed; dist/ is kept as it was:\n${message}\n`)
  await stop.finish(1)
}
