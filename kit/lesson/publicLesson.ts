import type { Lesson } from './schema'

/**
 * The lesson as anyone in the room may see it: the plan keeps each slide's id, title and minutes
 * but loses its talking points and question (they are the speaker notes), and live questions
 * lose their correct option (revealed over the socket after the question closes). The public
 * deck build (classroom mode) ships this instead of the full lesson.
 */
export function publicLesson(lesson: Lesson): Lesson {
  return {
    ...lesson,
    plan: lesson.plan.map(({ points: _points, question: _question, ...slide }) => ({ ...slide, points: [], question: '' })),
    liveQuestions: lesson.liveQuestions.map(({ correct: _correct, ...question }) => question),
  }
}
