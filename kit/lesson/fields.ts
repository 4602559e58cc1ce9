/**
 * The field types every building block is made of. Kept apart from schema.ts so the classroom's
 * wire format (kit/classroom/protocol.ts) derives from them without carrying the whole schema to
 * the phone.
 */
import { z } from 'zod'

const notBlank = (value: string): boolean => value.trim().length > 0

/** Text shown to learners: never empty, never only white space. */
export const text = z.string().refine(notBlank, 'must not be empty')

/** Text with a length limit, for what travels in classroom messages. */
export function textUpTo(max: number) {
  return z.string().max(max, `must be at most ${max} characters`).refine(notBlank, 'must not be empty')
}

/** Longest id: ids travel in classroom messages and log lines. */
export const MAX_ID_LENGTH = 64

/** A stable id used to link records across files (`xiaochen`, `cni`). */
export const id = z.string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
