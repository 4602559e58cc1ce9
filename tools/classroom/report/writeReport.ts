/**
 * Writes a session's class report (Markdown and a one-page PDF), and with a second log the
 * comparison of the two, into an output folder: staged beside their place and renamed in
 * together (tools/export/atomicWrite.ts), so a failed or stopped run leaves the earlier files.
 * Used at the end of a class (`present --lan` stopping) and by `npm run export:results`.
 */
import type { StagedFiles } from '../../export/atomicWrite'
import type { ClassEvent, LessonRef, PlannedSlide } from '../events'
import type { ClassReport } from './classReport'
import type { ReportPage } from './html'
import type { MarkdownOptions } from './markdown'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { loadDeck } from '../../../kit/deck/loadDeck'
import { loadLesson } from '../../../kit/lesson/loadLesson'
import { lessonModulePath } from '../../../kit/lesson/paths'
import { lessonRef, presenterPlan } from '../presenterPlan'
import { parseLog } from '../voteLog'
import { buildClassReport } from './classReport'
import { compareReports } from './compare'
import { comparisonPage, reportPage } from './html'
import { comparisonMarkdown, reportMarkdown } from './markdown'
import { printReportPdfs } from './pdf'
import { DEFAULT_IDLE_AFTER_MS } from './slideTimes'

/** The lesson and plan of the project, for a log written before sessions recorded them. */
export interface LessonPlan {
  lesson: LessonRef
  slides: PlannedSlide[]
}

/** The plan of the lesson at `root` through the kit's loader: for logs that do not record theirs. */
export async function lessonPlanOf(lessonRoot: string): Promise<LessonPlan> {
  const lesson = await loadLesson(lessonModulePath(lessonRoot))
  const slides = presenterPlan(await loadDeck(lessonRoot), lesson.plan)
  return { lesson: lessonRef(lesson.course), slides: slides.map(({ slide, title, minutes }) => ({ slide, ...(title === undefined ? {} : { title }), minutes })) }
}

export interface ReportRequest {
  /** The session's log. */
  log: string
  /** An earlier session's log to compare with. */
  compare?: string
  outDir: string
  /** Which files to write: the Markdown, the PDF (needs Chromium), or both. */
  formats: readonly ('md' | 'pdf')[]
  browserPath: () => string
  root: string
  /** Loads the lesson's plan; only called for an older log without its own. */
  fallbackPlan: () => Promise<LessonPlan>
  timeZone: string
  signal: AbortSignal
}

export interface LoadedLog {
  events: ClassEvent[]
  torn: boolean
  session: string
}

export async function readClassLog(file: string): Promise<LoadedLog> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the class log ${file} (${error.code ?? error.message})`)
  })
  const { events, torn } = parseLog(bytes, file)
  return { events, torn, session: basename(file, '.jsonl') }
}

async function reportOf(log: LoadedLog, request: ReportRequest): Promise<ClassReport> {
  const recorded = log.events.some(event => event.t === 'start')
  const fallback = recorded ? undefined : await request.fallbackPlan()
  return buildClassReport(log.events, { session: log.session, fallbackPlan: fallback?.slides, fallbackLesson: fallback?.lesson, idleAfterMs: DEFAULT_IDLE_AFTER_MS })
}

/** Stages the report's files (and the comparison's) in `staged`; returns their paths. Nothing is renamed in here. */
export async function stageClassReport(staged: StagedFiles, request: ReportRequest): Promise<string[]> {
  const options: MarkdownOptions = { timeZone: request.timeZone, idleAfterMinutes: DEFAULT_IDLE_AFTER_MS / 60_000 }
  const log = await readClassLog(request.log)
  const report = await reportOf(log, request)
  const files: { path: string, markdown: string, page: ReportPage }[] = [
    { path: join(request.outDir, `${log.session}-report`), markdown: reportMarkdown(report, options), page: reportPage(report, options) },
  ]
  if (request.compare !== undefined) {
    const earlier = await readClassLog(request.compare)
    const comparison = compareReports(await reportOf(earlier, request), report)
    files.push({ path: join(request.outDir, `${log.session}-vs-${earlier.session}`), markdown: comparisonMarkdown(comparison, options), page: comparisonPage(comparison, options) })
  }
  const encoder = new TextEncoder()
  const written: string[] = []
  if (request.formats.includes('md')) {
    for (const file of files) {
      await staged.stage(`${file.path}.md`, encoder.encode(file.markdown))
      written.push(`${file.path}.md`)
    }
  }
  if (request.formats.includes('pdf')) {
    const pdfs = await printReportPdfs(files.map(file => file.page), request.browserPath(), { root: request.root, signal: request.signal })
    for (const [index, file] of files.entries()) {
      await staged.stage(`${file.path}.pdf`, pdfs[index]!)
      written.push(`${file.path}.pdf`)
    }
  }
  return written
}
