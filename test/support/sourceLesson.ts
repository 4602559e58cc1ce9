import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The lesson as received, kept in the lesson's folder (source/lesson.txt), so the fidelity tests
 * need nothing outside this repository.
 */
export function readSourceLesson(): string {
  return readFileSync(resolve(import.meta.dirname, '../../source/lesson.txt'), 'utf8')
}
