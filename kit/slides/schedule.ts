import type { SlidePlan } from '../lesson/schema'

export interface ScheduledSlide {
  plan: SlidePlan
  /** Minutes into the lesson when this slide starts. */
  start: number
  /** Minutes into the lesson when it ends. */
  end: number
}

export interface LessonSchedule {
  slides: ScheduledSlide[]
  /** Planned length of the whole lesson, in minutes. */
  total: number
}

/** Running start and end minutes for each planned slide, in plan order. */
export function buildSchedule(plan: readonly SlidePlan[]): LessonSchedule {
  let elapsed = 0
  const slides = plan.map((entry) => {
    const start = elapsed
    elapsed += entry.minutes
    return { plan: entry, start, end: elapsed }
  })
  return { slides, total: elapsed }
}

/** Minutes as the presenter reads them: 1.5 → "1.5", 2 → "2". */
export function formatMinutes(minutes: number): string {
  return Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(1)
}
