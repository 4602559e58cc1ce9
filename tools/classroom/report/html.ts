/**
 * The class report and the comparison as one A4 page of HTML (zh-CN) for Chromium to print as a
 * tagged PDF: headings, lists and tables a screen reader can follow, and the chart of planned
 * against actual minutes as a named figure. Fonts are added by the printer (pdf.ts).
 */
import type { ChartRow, ChartSeries } from './chart'
import type { ClassReport } from './classReport'
import type { ReportComparison } from './compare'
import type { MarkdownOptions } from './markdown'
import { barChartSvg } from './chart'
import { formatDelta, formatMinutes, formatMinutesOrDash, formatShare, formatTime, reportLabels as L } from './labels'
import { offPlanLines, overrunChangeLine, summaryLines } from './markdown'

/** A page to print: its title (the PDF's title too) and its markup. */
export interface ReportPage {
  title: string
  html: string
}

const PLANNED: ChartSeries = { name: L.planned, color: '#8c959f' }
const ACTUAL: ChartSeries = { name: L.actual, color: '#1d4ed8' }
const BASELINE: ChartSeries = { name: L.baseline, color: '#bf8700' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

const CSS = `
@page { size: A4; margin: 12mm 14mm }
html { font-family: 'Noto Sans SC', sans-serif; color: #1f2328; font-size: 10pt; line-height: 1.4 }
body { margin: 0 }
h1 { font-size: 1.5em; margin: 0 0 0.2em }
h2 { font-size: 1.1em; margin: 0.8em 0 0.3em; border-bottom: 0.75pt solid #8c959f }
h3 { font-size: 1em; margin: 0.5em 0 0.15em }
p, ul { margin: 0 0 0.3em }
ul { padding-left: 1.2em }
.course, .note { color: #57606a; font-size: 0.85em }
figure { margin: 0.3em 0 0 }
figure svg { display: block; width: var(--chart-width, 100%) }
.questions { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2em }
table { border-collapse: collapse; font-size: 0.9em; margin-bottom: 0.3em }
th, td { padding: 0.05em 0.5em 0.05em 0; text-align: left; vertical-align: top }
td.n, th.n { text-align: right }
.correct { font-weight: 700 }
.side-by-side { margin-top: 0.6em }
footer { margin-top: 0.6em; color: #57606a; font-size: 0.85em }
`

function page(title: string, body: string): ReportPage {
  return { title, html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body><main>${body}<footer><p>${escapeHtml(L.privacy)}</p></footer></main></body></html>` }
}

function list(lines: readonly string[]): string {
  return `<ul>${lines.map(line => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
}

function rowLabel(slide: number, title: string): string {
  return title ? `${slide}. ${title}` : String(slide)
}

function questionsHtml(report: ClassReport): string {
  const asked = report.questions.filter(result => result.asked)
  if (asked.length === 0)
    return `<p>${escapeHtml(L.noQuestions)}</p>`
  const items = asked.map(({ question, counts, answers, correctAnswers }, index) => {
    const facts = [L.kind(question.kind), L.answers(answers), ...(correctAnswers === undefined ? [] : [L.shareCorrect(formatShare(correctAnswers, answers), correctAnswers, answers)])]
    const rows = question.options.map((option, i) => {
      const correct = i === question.correct
      return `<tr${correct ? ' class="correct"' : ''}><td>${escapeHtml(option)}${correct ? `（${L.correctOption}）` : ''}</td><td class="n">${counts[i] ?? 0}</td><td class="n">${formatShare(counts[i] ?? 0, answers)}</td></tr>`
    }).join('')
    return `<section><h3>${index + 1}. ${escapeHtml(question.prompt)}</h3><p class="note">${escapeHtml(facts.join(' · '))}</p>`
      + `<table><thead><tr><th>${L.option}</th><th class="n">${L.count}</th><th class="n">${L.share}</th></tr></thead><tbody>${rows}</tbody></table></section>`
  }).join('')
  const unasked = report.questions.filter(result => !result.asked)
  return `<div class="questions">${items}</div>${unasked.length > 0 ? `<p class="note">${escapeHtml(L.notAsked(unasked.map(r => r.question.prompt)))}</p>` : ''}`
}

export function reportPage(report: ClassReport, options: MarkdownOptions): ReportPage {
  const title = `${L.title}：${L.lesson(report.lesson)}`
  const when = report.startedAt === undefined ? '' : ` · ${formatTime(report.startedAt, options.timeZone)}`
  const rows: ChartRow[] = report.slides.map(row => ({ label: rowLabel(row.slide, row.title), values: [row.plannedMinutes, row.reached ? row.actualMinutes : undefined] }))
  const offPlan = offPlanLines(report)
  const body = `<header><p class="course">${escapeHtml(`${report.lesson ? `${report.lesson.course} · ` : ''}${L.session} ${report.session}${when}`)}</p><h1>${escapeHtml(title)}</h1></header>`
    + `<h2>${L.summary}</h2>${list(summaryLines(report, options.idleAfterMinutes))}`
    + `<h2>${L.perSlide}（${L.minutesUnit}）</h2><figure>${barChartSvg(rows, [PLANNED, ACTUAL], { alt: L.chartAlt(rows.length) })}</figure>`
    + `<h2>${L.offPlan}</h2>${offPlan.length > 0 ? list(offPlan) : `<p>${L.noneOffPlan}</p>`}<p class="note">${L.offPlanRule}</p>`
    + `<h2>${L.questions}</h2>${questionsHtml(report)}`
  return page(title, body)
}

export function comparisonPage(comparison: ReportComparison, options: MarkdownOptions): ReportPage {
  const { baseline, current } = comparison
  const title = `${L.compareTitle}：${L.lesson(current.lesson)}`
  const when = (report: ClassReport): string => report.startedAt === undefined ? report.session : `${report.session}（${formatTime(report.startedAt, options.timeZone)}）`
  const rows: ChartRow[] = comparison.slides.map(row => ({ label: rowLabel(row.slide, row.title), values: [row.plannedMinutes, row.baselineMinutes, row.currentMinutes] }))
  const lines = [`${L.baseline}：${when(baseline)}`, `${L.current}：${when(current)}`, overrunChangeLine(comparison), ...(comparison.samePlan ? [] : [L.planChanged])]
  const body = `<header><p class="course">${escapeHtml(current.lesson?.course ?? '')}</p><h1>${escapeHtml(title)}</h1></header>`
    + `<h2>${L.summary}</h2>${list(lines)}`
    + `<h2>${L.perSlide}（${L.minutesUnit}）</h2><figure>${barChartSvg(rows, [PLANNED, BASELINE, { ...ACTUAL, name: L.current }], { alt: L.compareChartAlt(rows.length) })}</figure>`
    + `<table class="side-by-side"><thead><tr><th>${L.slide}</th><th>${L.slideTitle}</th><th class="n">${L.planned}</th><th class="n">${L.baseline}</th><th class="n">${L.current}</th><th class="n">${L.change}</th></tr></thead><tbody>${comparison.slides.map(row => `<tr><td class="n">${row.slide}</td><td>${escapeHtml(row.title)}</td><td class="n">${formatMinutes(row.plannedMinutes)}</td><td class="n">${formatMinutesOrDash(row.baselineMinutes)}</td><td class="n">${formatMinutesOrDash(row.currentMinutes)}</td><td class="n">${row.baselineMinutes === undefined || row.currentMinutes === undefined ? '—' : formatDelta(row.currentMinutes - row.baselineMinutes)}</td></tr>`).join('')}</tbody></table>`
  return page(title, body)
}
