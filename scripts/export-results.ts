/**
 * `npm run export:results`: the results and the class report of a class session, from its log
 * in classroom-logs/, written to exports/: the results (per question: answers per option and
 * share correct) as Markdown and CSV, and the class report (time per slide against the plan,
 * questions, attendance) as Markdown and a one-page PDF.
 * Options: --log FILE (default: the latest class session), --out DIR (default exports),
 * --compare LOG (an earlier session of the same lesson, compared with this one), --no-pdf.
 * Exit codes: 0 written, 1 failed, 2 bad options.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { findBrowser } from '../tools/browser/findBrowser'
import { projectLessonPlan, readClassLog, stageClassReport } from '../tools/classroom/report/writeReport'
import { resultsCsv, resultsMarkdown, summarizeResults } from '../tools/classroom/results'
import { latestLog, LOG_DIR } from '../tools/classroom/voteLog'
import { parseCommandLine, UsageError } from '../tools/cli/commandLine'
import { StagedFiles } from '../tools/export/atomicWrite'
import { handleStopSignals } from '../tools/process/stopSignals'

const USAGE = 'Usage: npm run export:results -- [--log classroom-logs/class-….jsonl] [--compare classroom-logs/class-….jsonl] [--out exports] [--no-pdf]'

function fail(message: string, code: number): never {
  process.stderr.write(`export:results: ${message}\n`)
  process.exit(code)
}

let values
try {
  values = parseCommandLine(process.argv.slice(2), {
    'log': { type: 'string' },
    'compare': { type: 'string' },
    'out': { type: 'string', default: 'exports' },
    'no-pdf': { type: 'boolean', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  })
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
  const root = process.cwd()
  const file = values.log ?? await latestLog(LOG_DIR)
  const { events, torn, session } = await readClassLog(file)
  const results = summarizeResults(events)
  const encoder = new TextEncoder()
  await mkdir(values.out, { recursive: true })
  await staged.stage(join(values.out, `${session}-results.md`), encoder.encode(resultsMarkdown(results, session)))
  await staged.stage(join(values.out, `${session}-results.csv`), encoder.encode(resultsCsv(results)))
  await stageClassReport(staged, {
    log: file,
    compare: values.compare,
    outDir: values.out,
    formats: values['no-pdf'] ? ['md'] : ['md', 'pdf'],
    browserPath: () => findBrowser(),
    root,
    fallbackPlan: () => projectLessonPlan(root),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    signal: stop.signal,
  })
  for (const written of staged.commit())
    console.log(`wrote ${written}`)
  if (torn)
    console.log('(the log ended in a line cut short by a crash; that line was never acknowledged and is not counted)')
}
catch (error) {
  await staged.discard()
  fail((error as Error).message, 1)
}
