/**
 * What happens in a class, as the vote log records it: one JSON object per line. Replaying these
 * events into a fresh Classroom rebuilds the state the server had.
 */
import { z } from 'zod'
import { choiceSchema, liveQuestionSchema, positionSchema, questionIdSchema } from '../../kit/classroom/protocol'

/** SHA-256 of a student id, base64url: the only form a student id is kept in. */
const studentHashSchema = z.string().regex(/^[\w-]{43}$/)

export const classEventSchema = z.discriminatedUnion('t', [
  /** The questions of the lesson as served (first line of a log; again on each --resume). */
  z.object({ t: z.literal('questions'), at: z.number(), questions: z.array(liveQuestionSchema) }),
  z.object({ t: z.literal('go'), at: z.number(), ...positionSchema.shape }),
  z.object({ t: z.literal('open'), at: z.number(), q: questionIdSchema }),
  z.object({ t: z.literal('close'), at: z.number(), q: questionIdSchema }),
  /** Student `s` (hashed) chose option `c` of question `q`. */
  z.object({ t: z.literal('answer'), at: z.number(), q: questionIdSchema, s: studentHashSchema, c: choiceSchema }),
])

export type ClassEvent = z.infer<typeof classEventSchema>
export type ClassEventOf<T extends ClassEvent['t']> = Extract<ClassEvent, { t: T }>
