/**
 * What the classroom server learns from the lesson: the plan of each slide, for presenter
 * sessions, and the live questions. Pure: the lesson and the parsed slides come in as arguments.
 */
import type { LiveQuestion, SlideNotes } from '../../kit/classroom/protocol'
import type { Lesson } from '../../kit/lesson/schema'
import type { LessonRef } from './events'
import { z } from 'zod'
import { liveQuestionSchema } from '../../kit/classroom/protocol'

export interface PlanEntry {
  id: string
  title?: string
  minutes: number
  points: string[]
  question: string
}

export interface PlannedSlide {
  no: number
  title: string
  frontmatter: Record<string, unknown>
}

/** Each slide's plan entry, joined by the slide's `plan:` id, as presenter sessions receive it. */
export function presenterPlan(slides: readonly PlannedSlide[], plan: readonly PlanEntry[]): SlideNotes[] {
  const byId = new Map(plan.map(entry => [entry.id, entry]))
  return slides.map((slide) => {
    const id = slide.frontmatter.plan
    const entry = typeof id === 'string' ? byId.get(id) : undefined
    const title = slide.title.trim() || entry?.title
    return {
      slide: slide.no,
      plan: entry?.id ?? '',
      ...(title ? { title } : {}),
      minutes: entry?.minutes ?? 0,
      points: entry?.points ?? [],
      ...(entry ? { question: entry.question } : {}),
    }
  })
}

/**
 * The lesson's live questions (`liveQuestions`, absent in a lesson without any), checked against
 * the wire format: a question that cannot be sent is reported at start, not in class.
 */
export function lessonLiveQuestions(lesson: object): LiveQuestion[] {
  const questions = 'liveQuestions' in lesson ? lesson.liveQuestions : []
  const parsed = z.array(liveQuestionSchema).safeParse(questions ?? [])
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`liveQuestions.${issue?.path.join('.')}: ${issue?.message}`)
  }
  return parsed.data
}

/** Which lesson this is, as the class log records it: a report compares only sessions of the same one. */
export function lessonRef(course: Lesson['course']): LessonRef {
  return { course: course.name, number: course.lessonNumber, title: course.lessonTitle }
}
