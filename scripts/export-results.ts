/**
 * `npm run export:results`: the results of a class session (per question: answers per option and
 * share correct) from its log in classroom-logs/, written to exports/ as Markdown and CSV.
 * Options: --log FILE (default: the latest class session), --out DIR (default exports).
 * Exit codes: 0 written, 1 failed, 2 bad options.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import process from 'node:process'
import { resultsCsv, resultsMarkdown, summarizeResults } from '../tools/classroom/results'
import { latestLog, LOG_DIR, parseLog } from '../tools/classroom/voteLog'
import { parseCommandLine, UsageError } from '../tools/cli/commandLine'
import { StagedFiles } from '../tools/export/atomicWrite'
import { handleStopSignals } from '../tools/process/stopSignals'

const USAGE = 'Usage: npm run export:results -- [--log classroom-logs/class-….jsonl] [--out exports]'

function fail(message: string, code: number): never {
  process.stderr.write(`export:results: ${message}\n`)
  process.exit(code)
}

let values
try {
  values = parseCommandLine(process.argv.slice(2), { log: { type: 'string' }, out: { type: 'string', default: 'exports' }, help: { type: 'boolean', short: 'h', default: false } })
}
catch (error) {
  if (error instanceof UsageError)
    fail(`${error.message}\n${USAGE}`, 2)
  throw error
}
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

// Ctrl-C stops at once: nothing staged is committed, and the staged files are removed.
const stop = handleStopSignals({ message: signal => `export:results: ${signal}, stopping; nothing is written` })
const staged = new StagedFiles(stop.signal)
stop.cleanup.add(() => staged.discard())
try {
  const file = values.log ?? await latestLog(LOG_DIR)
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => fail(`cannot read the class log ${file} (${error.code ?? error.message})`, 1))
  const { events, torn } = parseLog(bytes, file)
  const session = basename(file, '.jsonl')
  const results = summarizeResults(events)
  const encoder = new TextEncoder()
  const markdown = join(values.out, `${session}-results.md`)
  const csv = join(values.out, `${session}-results.csv`)
  await mkdir(values.out, { recursive: true })
  await staged.stage(markdown, encoder.encode(resultsMarkdown(results, session)))
  await staged.stage(csv, encoder.encode(resultsCsv(results)))
  for (const written of staged.commit())
    console.log(`wrote ${written}`)
  if (torn)
    console.log('(the log ended in a line cut short by a crash; that line was never acknowledged and is not counted)')
}
catch (error) {
  await staged.discard()
  fail((error as Error).message, 1)
}
