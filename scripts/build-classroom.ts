/**
 * `npm run build:classroom [-- lessons/x/slides.md]`: builds classroom mode's public site
 * (dist-public/ beside the lesson's entry; lesson 2's slides.md when none is given) when its
 * sources changed: the notes-free deck, the student app (/join) and the presenter remote (/remote).
 * Option: --rebuild.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { BuildUnavailableError, ensureBuild } from '../tools/build/ensureBuild'
import { UsageError } from '../tools/cli/commandLine'
import { lessonEntry } from '../tools/cli/lessonEntry'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'

const stop = handleStopSignals({ message: signal => `build:classroom: ${signal}, stopping; the last good build is kept` })

async function fail(message: string, code: number): Promise<never> {
  process.stderr.write(`build:classroom: ${message}\n`)
  return stop.finish(code)
}

let args
try {
  args = parseArgs({ args: process.argv.slice(2), strict: true, allowPositionals: true, options: { rebuild: { type: 'boolean', default: false } } })
}
catch (error) {
  await fail((error instanceof Error ? error.message : String(error)).split('\n')[0]!, 2)
}
if (args!.positionals.length > 1)
  await fail(`give one lesson's slides file, got ${args!.positionals.length}: ${args!.positionals.join(' ')}`, 2)
let entry = args!.positionals[0] ?? 'slides.md'
try {
  entry = lessonEntry(process.cwd(), entry)
}
catch (error) {
  if (error instanceof UsageError)
    await fail(error.message, 2)
  throw error
}

try {
  const site = await ensureBuild({ root: process.cwd(), entry, flavour: 'public', rebuild: args!.values.rebuild, signal: stop.signal, onCleanup: task => stop.cleanup.add(task), log: console.log })
  if (site.built)
    console.log(`Built ${site.dir}`)
  await stop.finish(0)
}
catch (error) {
  if (isInterrupted(error) || stop.signal.aborted)
    await stop.finish(1)
  await fail(error instanceof BuildUnavailableError ? error.message : String(error), 1)
}
