/**
 * `npm run export:results`: the results and the class report of a class session, from its log
 * in the lesson's classroom-logs/, written to the lesson's exports/: the results (per question:
 * answers per option and share correct) as Markdown and CSV, and the class report (time per slide
 * against the plan, questions, attendance) as Markdown and a one-page PDF.
 * Options: --entry LESSON/slides.md (default: lesson 2, slides.md at the root), --log FILE
 * (default: the lesson's latest class session), --out DIR (default: the lesson's exports/),
 * --compare LOG (an earlier session of the same lesson, compared with this one), --no-pdf.
 * Exit codes: 0 written, 1 failed, 2 bad options.
 */
import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { findBrowser } from '../tools/browser/findBrowser'
import { classroomLesson } from '../tools/classroom/buildPaths'
import { REPORT_DIR } from '../tools/classroom/report/endOfClass'
import { lessonPlanOf, readClassLog, stageClassReport } from '../tools/classroom/report/writeReport'
import { resultsCsv, resultsMarkdown, summarizeResults } from '../tools/classroom/results'
import { latestLog, LOG_DIR } from '../tools/classroom/voteLog'
import { parseCommandLine, UsageError } from '../tools/cli/commandLine'
import { lessonEntry } from '../tools/cli/lessonEntry'
import { StagedFiles } from '../tools/export/atomicWrite'
import { handleStopSignals } from '../tools/process/stopSignals'

const USAGE = 'Usage: npm run export:results -- [--entry lessons/x/slides.md] [--log classroom-logs/class-….jsonl] [--compare classroom-logs/class-….jsonl] [--out exports] [--no-pdf]'

function fail(message: string, code: number): never {
  process.stderr.write(`export:results: ${message}\n`)
  process.exit(code)
}

let values
try {
  values = parseCommandLine(process.argv.slice(2), {
    'entry': { type: 'string', default: 'slides.md' },
    'log': { type: 'string' },
    'compare': { type: 'string' },
    'out': { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  })
  values.entry = lessonEntry(process.cwd(), values.entry)
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
  const { lessonRoot } = classroomLesson(root, values.entry)
  const out = values.out ?? relative(root, join(lessonRoot, REPORT_DIR))
  const file = values.log ?? await latestLog(join(lessonRoot, LOG_DIR))
  const { events, torn, session } = await readClassLog(file)
  const results = summarizeResults(events)
  const encoder = new TextEncoder()
  await mkdir(out, { recursive: true })
  await staged.stage(join(out, `${session}-results.md`), encoder.encode(resultsMarkdown(results, session)))
  await staged.stage(join(out, `${session}-results.csv`), encoder.encode(resultsCsv(results)))
  await stageClassReport(staged, {
    log: file,
    compare: values.compare,
    outDir: out,
    formats: values['no-pdf'] ? ['md'] : ['md', 'pdf'],
    browserPath: () => findBrowser(),
    root,
    fallbackPlan: () => lessonPlanOf(lessonRoot),
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
