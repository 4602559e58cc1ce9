/**
 * The results of a class session from its log: per question, answers per option and the share
 * correct, as Markdown for the instructor and CSV for a spreadsheet. Pure: the events come in.
 */
import type { LiveQuestion } from '../../kit/classroom/protocol'
import type { ClassEvent } from './events'
import { Classroom } from './classroom'

export interface QuestionResult {
  question: LiveQuestion
  counts: number[]
  answers: number
  /** Answers that chose the correct option; undefined for a poll. */
  correctAnswers: number | undefined
  /** Whether it was opened during the session. */
  asked: boolean
}

/** Replays the log as the server did (same rules), then counts. Questions in their order of first opening, the unasked after. */
export function summarizeResults(events: readonly ClassEvent[]): QuestionResult[] {
  const classroom = new Classroom([], Number.POSITIVE_INFINITY)
  const known = new Map<string, LiveQuestion>()
  const opened: string[] = []
  for (const event of events) {
    classroom.apply(event)
    if (event.t === 'questions') {
      for (const question of event.questions)
        known.set(question.id, question)
    }
    if (event.t === 'open' && !opened.includes(event.q))
      opened.push(event.q)
  }
  const current = new Map(classroom.liveQuestions().map(q => [q.id, q]))
  const order = [...opened, ...[...current.keys()].filter(id => !opened.includes(id))]
  return order.flatMap((id) => {
    const question = current.get(id) ?? known.get(id)
    if (!question)
      return []
    const counts = classroom.counts(id)
    const answers = counts.reduce((sum, n) => sum + n, 0)
    return [{ question, counts, answers, correctAnswers: question.correct === undefined ? undefined : counts[question.correct] ?? 0, asked: opened.includes(id) }]
  })
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function resultsMarkdown(results: readonly QuestionResult[], session: string): string {
  const lines = [`# Class results: ${session}`, '']
  if (results.length === 0)
    lines.push('No live questions in this session.', '')
  results.forEach(({ question, counts, answers, correctAnswers, asked }, index) => {
    lines.push(`## ${index + 1}. ${question.prompt}`, '')
    const correct = question.correct === undefined ? undefined : question.options[question.correct]
    const summary = [`${question.kind === 'poll' ? 'Poll' : 'Choice'} on slide \`${question.slide}\``, asked ? `${answers} answers` : 'not asked']
    if (correct !== undefined && correctAnswers !== undefined)
      summary.push(`correct: ${correct}`, `share correct: ${percent(correctAnswers, answers)} (${correctAnswers} of ${answers})`)
    lines.push(`${summary.join(' · ')}`, '', '| Option | Answers | Share |', '| --- | ---: | ---: |')
    question.options.forEach((option, i) => {
      const label = i === question.correct ? `**${cell(option)}** (correct)` : cell(option)
      lines.push(`| ${label} | ${counts[i] ?? 0} | ${percent(counts[i] ?? 0, answers)} |`)
    })
    lines.push('')
  })
  return lines.join('\n')
}

function csvField(value: string | number): string {
  const text = String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One row per option; the question's totals repeat on each of its rows, so any row stands alone. */
export function resultsCsv(results: readonly QuestionResult[]): string {
  const rows = [['question', 'kind', 'prompt', 'option_index', 'option', 'answers', 'is_correct', 'question_answers', 'share_correct']]
  for (const { question, counts, answers, correctAnswers } of results) {
    question.options.forEach((option, i) => {
      rows.push([question.id, question.kind, question.prompt, String(i), option, String(counts[i] ?? 0), question.correct === undefined ? '' : String(i === question.correct), String(answers), correctAnswers === undefined || answers === 0 ? '' : (correctAnswers / answers).toFixed(3)])
    })
  }
  return `${rows.map(row => row.map(csvField).join(',')).join('\n')}\n`
}
