/**
 * `npm run build:classroom`: builds classroom mode's public site (dist-public/) when its sources
 * changed: the notes-free deck, the student app (/join) and the presenter remote (/remote).
 * Option: --rebuild. Exit codes: 0 built or current, 1 the build failed, 130/143/129 stopped.
 */
import process from 'node:process'
import { BuildUnavailableError, ensureBuild } from '../tools/build/ensureBuild'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'

const stop = handleStopSignals({ message: signal => `build:classroom: ${signal}, stopping; the last good build is kept` })
try {
  const site = await ensureBuild({ root: process.cwd(), entry: 'slides.md', flavour: 'public', rebuild: process.argv.includes('--rebuild'), signal: stop.signal, onCleanup: task => stop.cleanup.add(task), log: console.log })
  if (site.built)
    console.log(`Built ${site.dir}`)
  await stop.finish(0)
}
catch (error) {
  if (isInterrupted(error) || stop.signal.aborted)
    await stop.finish(1)
  process.stderr.write(`build:classroom: ${error instanceof BuildUnavailableError ? error.message : String(error)}\n`)
  await stop.finish(1)
}
