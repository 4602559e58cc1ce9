/**
 * The limits a lesson's ids and live questions keep, written once: the lesson schema
 * (fields.ts, planSchema.ts) and the classroom's wire format (kit/classroom/wire.ts, which the
 * phone decodes without zod) both read them, so a question that validates in the lesson is one
 * a class can be sent. Plain constants: the phone's bundle imports this file.
 */

/** Longest id: ids travel in classroom messages and log lines. */
export const MAX_ID_LENGTH = 64

/** A stable id: lower-case letters, digits and dashes, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/

/** A live question's options, fewest and most: a phone shows them all on one screen. */
export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 6

/** Longest prompt and option: one open question reaches every phone, many times a minute. */
// The largest question, in three-byte Chinese characters, still fits a message (protocol.ts).
export const MAX_PROMPT_LENGTH = 200
export const MAX_OPTION_LENGTH = 80

/** Most minutes a slide may be planned for: a longer stretch is more than one slide. */
export const MAX_SLIDE_MINUTES = 15
