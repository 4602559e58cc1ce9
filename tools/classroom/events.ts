/**
 * What happens in a class, as the vote log records it: one JSON object per line. Replaying these
 * events into a fresh Classroom rebuilds the state the server had; the class report reads the
 * same events. New kinds are only ever added, so every older log still loads.
 */
import { z } from 'zod'
import { choiceSchema, liveQuestionSchema, positionSchema, questionIdSchema } from '../../kit/classroom/protocol'

/** SHA-256 of a student id, base64url: the only form a student id is kept in. */
const studentHashSchema = z.string().regex(/^[\w-]{43}$/)

/** Which lesson a session presents: the course and the lesson's number within it. */
export const lessonRefSchema = z.object({ course: z.string(), number: z.int(), title: z.string() })

/** A slide's plan as the session started with it: presenter-only, and the log stays on the instructor's disk. */
export const plannedSlideSchema = z.object({ slide: z.int().min(1), title: z.string().optional(), minutes: z.number().min(0) })

export const classEventSchema = z.discriminatedUnion('t', [
  /**
   * A server process began the session (`resumed`: continued it after a restart): the lesson
   * and each slide's planned minutes, so a report needs nothing but the log. Older logs lack it.
   */
  z.object({ t: z.literal('start'), at: z.number(), resumed: z.boolean(), lesson: lessonRefSchema.optional(), slides: z.array(plannedSlideSchema) }),
  /** The server stopped cleanly (a crash leaves none). */
  z.object({ t: z.literal('end'), at: z.number() }),
  /** The questions of the lesson as served (first line of a log; again on each --resume). */
  z.object({ t: z.literal('questions'), at: z.number(), questions: z.array(liveQuestionSchema) }),
  z.object({ t: z.literal('go'), at: z.number(), ...positionSchema.shape }),
  z.object({ t: z.literal('open'), at: z.number(), q: questionIdSchema }),
  z.object({ t: z.literal('close'), at: z.number(), q: questionIdSchema }),
  /** Student `s` (hashed) chose option `c` of question `q`. */
  z.object({ t: z.literal('answer'), at: z.number(), q: questionIdSchema, s: studentHashSchema, c: choiceSchema }),
  /** A device said hello for the first time in this session (once per student id, across restarts). */
  z.object({ t: z.literal('join'), at: z.number(), s: studentHashSchema }),
  /** How many student phones were connected, logged when it changes (at most as often as the room updates). */
  z.object({ t: z.literal('online'), at: z.number(), students: z.int().min(0) }),
])

export type ClassEvent = z.infer<typeof classEventSchema>
export type ClassEventOf<T extends ClassEvent['t']> = Extract<ClassEvent, { t: T }>
export type LessonRef = z.infer<typeof lessonRefSchema>
export type PlannedSlide = z.infer<typeof plannedSlideSchema>
