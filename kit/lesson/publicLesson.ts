import type { Lesson } from './schema'
import { presenterOnlyKeys } from './sections'

/**
 * The lesson as anyone in the room may see it: the plan keeps each slide's id, title and minutes
 * but loses its talking points and question (they are the speaker notes), live questions lose
 * their correct option (revealed over the socket after the question closes), and the lesson's
 * presenter-only sections are left out. The public deck build (classroom mode) ships this
 * instead of the full lesson.
 */
export function publicLesson<T extends Lesson>(lesson: T): T {
  const hidden = new Set(presenterOnlyKeys(lesson))
  const shown = Object.fromEntries(Object.entries(lesson).filter(([key]) => !hidden.has(key))) as T
  return {
    ...shown,
    plan: lesson.plan.map(({ points: _points, question: _question, ...slide }) => ({ ...slide, points: [], question: '' })),
    liveQuestions: lesson.liveQuestions.map(({ correct: _correct, ...question }) => question),
  }
}
