/**
 * What the classroom server learns from the lesson: the plan of each slide, for presenter
 * sessions, and the live questions. Pure: the lesson and the parsed slides come in as arguments.
 */
import type { SlideNotes } from '../../kit/classroom/protocol'
import type { Lesson, LiveQuestion, SlidePlan } from '../../kit/lesson/schema'
import type { LessonRef } from './events'

export interface PlannedSlide {
  no: number
  title: string
  frontmatter: Record<string, unknown>
}

/**
 * Each slide's plan entry, joined by the slide's `plan:` id, as presenter sessions receive it. The
 * preparser has refused a deck with a slide the plan lacks; one found here is a kit bug.
 */
export function presenterPlan(slides: readonly PlannedSlide[], plan: readonly SlidePlan[]): SlideNotes[] {
  const byId = new Map(plan.map(entry => [entry.id, entry]))
  return slides.map((slide) => {
    const id = slide.frontmatter.plan
    const entry = typeof id === 'string' ? byId.get(id) : undefined
    if (!entry)
      throw new Error(`slide ${slide.no} has no entry in the lesson's plan (plan: ${String(id)})`)
    const title = slide.title.trim() || entry.title
    return {
      slide: slide.no,
      plan: entry.id,
      ...(title ? { title } : {}),
      minutes: entry.minutes,
      points: entry.points,
      question: entry.question,
    }
  })
}

/**
 * The lesson's live questions. The lesson schema's limits are the wire format's
 * (kit/lesson/planSchema.ts), so a lesson that loaded has questions a class can be sent.
 */
export function lessonLiveQuestions(lesson: { liveQuestions: readonly LiveQuestion[] }): LiveQuestion[] {
  return [...lesson.liveQuestions]
}

/** Which lesson this is, as the class log records it: a report compares only sessions of the same one. */
export function lessonRef(course: Lesson['course']): LessonRef {
  return { course: course.name, number: course.lessonNumber, title: course.lessonTitle }
}
