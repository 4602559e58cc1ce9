/**
 * Two sessions of the same lesson side by side: each slide's minutes in both, and how the
 * overrun changed, so an instructor sees whether the timing improved. Sessions of different
 * lessons are refused: their slides are not the same slides. Pure.
 */
import type { LessonRef } from '../events'
import type { ClassReport } from './classReport'

export interface ComparedSlide {
  slide: number
  title: string
  /** Planned minutes in the current session's plan. */
  plannedMinutes: number
  /** Minutes on the slide; undefined where that session never reached it. */
  baselineMinutes: number | undefined
  currentMinutes: number | undefined
}

export interface ReportComparison {
  /** The earlier session, given with --compare. */
  baseline: ClassReport
  current: ClassReport
  slides: ComparedSlide[]
  /** Current overrun minus the baseline's: below zero, the class kept closer to the plan. */
  overrunDeltaMinutes: number
  /** Whether the two sessions planned the same minutes for every slide. */
  samePlan: boolean
}

export class ReportComparisonError extends Error {
  override name = 'ReportComparisonError'
}

function describe(lesson: LessonRef | undefined): string {
  return lesson ? `${lesson.course} · 课时 ${lesson.number}：${lesson.title}` : 'a lesson the log does not name'
}

function sameLesson(a: ClassReport, b: ClassReport): boolean {
  if (a.lesson && b.lesson)
    return a.lesson.course === b.lesson.course && a.lesson.number === b.lesson.number
  // A log without the lesson's name: the same slides, titled alike, are the best evidence there is.
  return a.slides.length === b.slides.length && a.slides.every((row, i) => row.title === b.slides[i]!.title)
}

export function compareReports(baseline: ClassReport, current: ClassReport): ReportComparison {
  if (!sameLesson(baseline, current))
    throw new ReportComparisonError(`cannot compare sessions of different lessons: ${current.session} is ${describe(current.lesson)}, ${baseline.session} is ${describe(baseline.lesson)}`)
  const rows = new Map(current.slides.map(row => [row.slide, row]))
  const before = new Map(baseline.slides.map(row => [row.slide, row]))
  const numbers = [...new Set([...rows.keys(), ...before.keys()])].sort((a, b) => a - b)
  const slides = numbers.map((slide): ComparedSlide => {
    const now = rows.get(slide)
    const then = before.get(slide)
    return {
      slide,
      title: now?.title || then?.title || '',
      plannedMinutes: now?.plannedMinutes ?? then?.plannedMinutes ?? 0,
      baselineMinutes: then?.reached ? then.actualMinutes : undefined,
      currentMinutes: now?.reached ? now.actualMinutes : undefined,
    }
  })
  const samePlan = numbers.every(slide => rows.get(slide)?.plannedMinutes === before.get(slide)?.plannedMinutes)
  return { baseline, current, slides, overrunDeltaMinutes: current.overrunMinutes - baseline.overrunMinutes, samePlan }
}
