/**
 * `npm run build`: the deck as a static site in dist/. The build is made beside dist/ and takes
 * its place only when complete, so a failed or interrupted build leaves the last good one.
 * Exit codes: 0 built, 1 the build failed, 130/143/129 stopped.
 */
import process from 'node:process'
import { buildDist, BuildFailedError } from '../tools/present/buildDist'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'

const stop = handleStopSignals({ message: signal => `build: ${signal}, stopping; dist/ is kept as it was` })

if (process.argv.length > 2) {
  process.stderr.write('build: takes no options (Usage: npm run build)\n')
  await stop.finish(2)
}
try {
  await buildDist(process.cwd(), { signal: stop.signal, onCleanup: task => stop.cleanup.add(task) })
  console.log('built the deck into dist/')
  await stop.finish(0)
}
catch (error) {
  if (isInterrupted(error) || stop.signal.aborted)
    await stop.finish(1)
  const message = error instanceof BuildFailedError ? error.message : String(error)
  process.stderr.write(`build: the build failed; dist/ is kept as it was:\n${message}\n`)
  await stop.finish(1)
}
