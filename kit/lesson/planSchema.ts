/**
 * What the classroom learns from a lesson: each slide's plan and the live questions. The lesson
 * schema (schema.ts) uses these blocks, and the classroom's wire format (kit/classroom/protocol.ts)
 * derives from them, so a question that validates in the lesson is one a class can be sent, and
 * each limit is written here once.
 */
import { z } from 'zod'
import { id, text, textUpTo } from './fields'
import { MAX_OPTION_LENGTH, MAX_OPTIONS, MAX_PROMPT_LENGTH, MAX_SLIDE_MINUTES, MIN_OPTIONS } from './limits'

export { MAX_OPTION_LENGTH, MAX_OPTIONS, MAX_PROMPT_LENGTH } from './limits'

export const slidePlanSchema = z.object({
  id,
  /** The slide's title: shown on the slide, in the outline and the TOC. The cover omits it and uses the lesson title. */
  title: text.optional(),
  /** Planned minutes for this slide, shown to the presenter. */
  minutes: z.number().positive().max(MAX_SLIDE_MINUTES),
  /** What the instructor says or stresses. */
  points: z.array(text).min(1),
  /** The question the instructor asks the class. */
  question: text,
})

/** An answer or the right answer: the index of an option. */
export const optionIndexSchema = z.int().min(0).max(MAX_OPTIONS - 1)

/**
 * A question the class answers on their phones while the slide is up: one choice among
 * `options` (with `correct`, the index of the right one) or a poll (no right answer). Answers
 * are option indexes only: the font subset could not draw free text.
 */
export const liveQuestionSchema = z.object({
  id,
  /** The plan id of the slide the question belongs to. */
  slide: id,
  kind: z.enum(['choice', 'poll']),
  prompt: textUpTo(MAX_PROMPT_LENGTH),
  options: z.array(textUpTo(MAX_OPTION_LENGTH))
    .min(MIN_OPTIONS)
    .max(MAX_OPTIONS, `must offer at most ${MAX_OPTIONS} options`),
  /** Index into `options` of the right answer: required for `choice`, absent for `poll`. */
  correct: optionIndexSchema.optional(),
})
