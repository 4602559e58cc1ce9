import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'

/**
 * The lesson as received, from shared/seed beside this repository (CI lays a
 * copy there). LESSON_SOURCE points elsewhere. It is read, not copied into the
 * repo, so each sentence of the lesson is written once, in data/.
 */
export function readSourceLesson(): string {
  const path = process.env.LESSON_SOURCE ?? resolve(import.meta.dirname, '../../../shared/seed/lesson-02-why-container-clusters.txt')
  if (!existsSync(path))
    throw new Error(`Source lesson not found at ${path}: set LESSON_SOURCE to lesson-02-why-container-clusters.txt`)
  return readFileSync(path, 'utf8')
}
