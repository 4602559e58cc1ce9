/** The class report and the comparison of two sessions as Markdown (zh-CN), from their models. */
import type { ClassReport, SlideRow } from './classReport'
import type { ReportComparison } from './compare'
import { formatDelta, formatMinutes, formatMinutesOrDash, formatShare, formatTime, reportLabels as L } from './labels'

export interface MarkdownOptions {
  /** The time zone the session's times are shown in. */
  timeZone: string
  /** The idle limit the report used, in minutes (said in the pauses' line). */
  idleAfterMinutes: number
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function span(report: ClassReport, timeZone: string): string {
  if (report.startedAt === undefined || report.endedAt === undefined)
    return ''
  return ` · ${formatTime(report.startedAt, timeZone)} – ${formatTime(report.endedAt, timeZone).slice(11)}`
}

function slideName(row: Pick<SlideRow, 'slide' | 'title'>): string {
  return row.title ? `${row.slide}. ${row.title}` : String(row.slide)
}

function verdictText(row: SlideRow): string {
  if (!row.reached)
    return L.notReached
  return [row.verdict === 'long' ? L.long : row.verdict === 'short' ? L.short : '', row.visits > 1 ? L.visits(row.visits) : ''].join('')
}

/** The session's overview lines: totals, pauses, attendance. */
export function summaryLines(report: ClassReport, idleAfterMinutes: number): string[] {
  const unreached = report.slides.filter(row => !row.reached)
  const { attendance } = report
  return [
    L.totals(formatMinutes(report.plannedMinutes), formatMinutes(report.actualMinutes), report.overrunMinutes),
    ...(unreached.length > 0 ? [L.unreached(unreached.length, formatMinutes(report.unreachedMinutes))] : []),
    ...(report.pausedMinutes > 0 ? [L.paused(formatMinutes(report.pausedMinutes), formatMinutes(idleAfterMinutes))] : []),
    ...(report.restarts > 0 || report.stoppedMinutes > 0 ? [L.stopped(formatMinutes(report.stoppedMinutes), report.restarts)] : []),
    ...(report.endedCleanly ? [] : [L.notEnded]),
    `${L.attendance}：${[L.devices(attendance.devices), L.peak(attendance.peakOnline), L.answering(attendance.answering)].join('，')}`,
  ]
}

/** The slides off the plan, longest overrun first, as lines. */
export function offPlanLines(report: ClassReport): string[] {
  return report.slides
    .filter(row => row.verdict !== undefined)
    .sort((a, b) => Math.abs(b.actualMinutes - b.plannedMinutes) - Math.abs(a.actualMinutes - a.plannedMinutes))
    .map(row => `${slideName(row)}：${row.verdict === 'long' ? L.long : L.short}，${L.planned} ${formatMinutes(row.plannedMinutes)}，${L.actual} ${formatMinutes(row.actualMinutes)}（${formatDelta(row.actualMinutes - row.plannedMinutes)}）`)
}

function questionsMarkdown(report: ClassReport): string[] {
  const asked = report.questions.filter(result => result.asked)
  const lines: string[] = [`## ${L.questions}`, '']
  if (asked.length === 0)
    lines.push(L.noQuestions, '')
  asked.forEach(({ question, counts, answers, correctAnswers }, index) => {
    const facts = [L.kind(question.kind), L.answers(answers)]
    if (correctAnswers !== undefined)
      facts.push(L.shareCorrect(formatShare(correctAnswers, answers), correctAnswers, answers))
    lines.push(`### ${index + 1}. ${question.prompt}`, '', facts.join(' · '), '', `| ${L.option} | ${L.count} | ${L.share} |`, '| --- | ---: | ---: |')
    question.options.forEach((option, i) => {
      const label = i === question.correct ? `**${cell(option)}**（${L.correctOption}）` : cell(option)
      lines.push(`| ${label} | ${counts[i] ?? 0} | ${formatShare(counts[i] ?? 0, answers)} |`)
    })
    lines.push('')
  })
  const unasked = report.questions.filter(result => !result.asked)
  if (unasked.length > 0)
    lines.push(L.notAsked(unasked.map(result => result.question.prompt)), '')
  return lines
}

export function reportMarkdown(report: ClassReport, options: MarkdownOptions): string {
  const lines = [
    `# ${L.title}：${L.lesson(report.lesson)}`,
    '',
    `${report.lesson ? `${report.lesson.course} · ` : ''}${L.session} ${report.session}${span(report, options.timeZone)}`,
    '',
    `## ${L.summary}`,
    '',
    ...summaryLines(report, options.idleAfterMinutes).map(line => `- ${line}`),
    '',
    `## ${L.perSlide}`,
    '',
    `| ${L.slide} | ${L.slideTitle} | ${L.planned}（${L.minutesUnit}） | ${L.actual}（${L.minutesUnit}） | ${L.difference} | ${L.runningOverrun} | |`,
    '| ---: | --- | ---: | ---: | ---: | ---: | --- |',
    ...report.slides.map(row => `| ${row.slide} | ${cell(row.title)} | ${formatMinutes(row.plannedMinutes)} | ${row.reached ? formatMinutes(row.actualMinutes) : '—'} | ${row.reached ? formatDelta(row.actualMinutes - row.plannedMinutes) : '—'} | ${row.runningOverrunMinutes === undefined ? '—' : formatDelta(row.runningOverrunMinutes)} | ${verdictText(row)} |`),
    '',
    `## ${L.offPlan}`,
    '',
    ...(offPlanLines(report).map(line => `- ${line}`).join('\n') || L.noneOffPlan).split('\n'),
    '',
    L.offPlanRule,
    '',
    ...questionsMarkdown(report),
    `> ${L.privacy}`,
    '',
  ]
  return lines.join('\n')
}

/** Whether the current session kept closer to the plan than the baseline (undefined: the same). */
export function improved(comparison: ReportComparison): boolean | undefined {
  const before = Math.abs(comparison.baseline.overrunMinutes)
  const now = Math.abs(comparison.current.overrunMinutes)
  return Math.abs(before - now) < 0.05 ? undefined : now < before
}

export function overrunChangeLine(comparison: ReportComparison): string {
  return L.overrunChange(formatDelta(comparison.baseline.overrunMinutes), formatDelta(comparison.current.overrunMinutes), formatDelta(comparison.overrunDeltaMinutes), improved(comparison))
}

export function comparisonMarkdown(comparison: ReportComparison, options: MarkdownOptions): string {
  const { baseline, current } = comparison
  const lines = [
    `# ${L.compareTitle}：${L.lesson(current.lesson)}`,
    '',
    `- ${L.baseline}：${baseline.session}${span(baseline, options.timeZone)}`,
    `- ${L.current}：${current.session}${span(current, options.timeZone)}`,
    `- ${overrunChangeLine(comparison)}`,
    ...(comparison.samePlan ? [] : [`- ${L.planChanged}`]),
    '',
    `| ${L.slide} | ${L.slideTitle} | ${L.planned} | ${L.baseline} | ${L.current} | ${L.change} |`,
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...comparison.slides.map(row => `| ${row.slide} | ${cell(row.title)} | ${formatMinutes(row.plannedMinutes)} | ${formatMinutesOrDash(row.baselineMinutes)} | ${formatMinutesOrDash(row.currentMinutes)} | ${row.baselineMinutes === undefined || row.currentMinutes === undefined ? '—' : formatDelta(row.currentMinutes - row.baselineMinutes)} |`),
    '',
    `> ${L.privacy}`,
    '',
  ]
  return lines.join('\n')
}
