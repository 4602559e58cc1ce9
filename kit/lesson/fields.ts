/**
 * The field types every building block is made of. Kept apart from schema.ts so the classroom's
 * wire format (kit/classroom/protocol.ts) derives from them without carrying the whole schema to
 * the phone.
 */
import { z } from 'zod'
import { ID_PATTERN, MAX_ID_LENGTH } from './limits'

const notBlank = (value: string): boolean => value.trim().length > 0

/** Text shown to learners: never empty, never only white space. */
export const text = z.string().refine(notBlank, 'must not be empty')

/** Text with a length limit, for what travels in classroom messages. */
export function textUpTo(max: number) {
  return z.string().max(max, `must be at most ${max} characters`).refine(notBlank, 'must not be empty')
}

/** A stable id used to link records across files (`xiaochen`, `cni`). */
export const id = z.string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(ID_PATTERN, 'must be lower-case letters, digits and dashes')
