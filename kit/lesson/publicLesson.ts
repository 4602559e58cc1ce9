import type { Lesson, LiveQuestion } from './schema'

/**
 * Keys whose values are the presenter's wherever they appear in a lesson: `plan`, the section of
 * each slide's planned minutes, talking points and class question (提问); `minutes`; and a live
 * question's `correct` option. (`points` and `question` are public keys in other sections, such
 * as a recap's points or the opening question: a plan's are checked by their text.)
 */
export const PRESENTER_ONLY_KEYS: readonly string[] = ['plan', 'minutes', 'correct']

export type PublicLiveQuestion = Omit<LiveQuestion, 'correct'>

/** The lesson as anyone in the room may see it. */
export type PublicLesson = Omit<Lesson, 'plan' | 'liveQuestions'> & { liveQuestions: PublicLiveQuestion[] }

/**
 * The lesson as anyone in the room may see it: no plan (each slide's minutes, talking points and
 * class question are the speaker notes; the build reads the plan from the full lesson in Node),
 * live questions without their correct option (revealed over the socket after the question
 * closes), and none of the sections named in `presenterOnly` (a lesson's own presenter-only
 * sections). The public deck build (classroom mode) and the phone ship this, never the lesson.
 */
export function publicLesson(lesson: Lesson, presenterOnly: readonly string[] = []): PublicLesson {
  const { plan: _plan, liveQuestions, ...sections } = lesson
  const kept = Object.fromEntries(Object.entries(sections).filter(([name]) => !presenterOnly.includes(name))) as Omit<Lesson, 'plan' | 'liveQuestions'>
  return { ...kept, liveQuestions: liveQuestions.map(({ correct: _correct, ...question }) => question) }
}

/**
 * Where presenter-only keys occur in `value` (a lesson, or the JSON a public module carries):
 * PRESENTER_ONLY_KEYS and the lesson's own presenter-only sections, at any depth, as paths.
 */
export function presenterOnlyPaths(value: unknown, presenterOnly: readonly string[] = [], path = '$'): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => presenterOnlyPaths(item, presenterOnly, `${path}[${i}]`))
  if (value === null || typeof value !== 'object')
    return []
  return Object.entries(value).flatMap(([key, item]) => [
    ...(PRESENTER_ONLY_KEYS.includes(key) || presenterOnly.includes(key) ? [`${path}.${key}`] : []),
    ...presenterOnlyPaths(item, presenterOnly, `${path}.${key}`),
  ])
}
