import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './root'

/**
 * The lesson as received, kept in the lesson's folder (source/lesson.txt), so the fidelity tests
 * need nothing outside this repository.
 */
export function readSourceLesson(): string {
  return readFileSync(join(root, 'source', 'lesson.txt'), 'utf8')
}
