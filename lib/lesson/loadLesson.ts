import type { Lesson } from '../../data/schema.ts'
import { runnerImport } from 'vite'

/**
 * Loads the validated lesson from `modulePath` (data/index.ts) through Vite's module runner, in
 * Node: each call reads the files afresh, so an edit made since the last call is seen, and
 * invalid content throws the lesson's own error naming the file and field.
 */
export async function loadLesson(modulePath: string): Promise<Lesson> {
  const { module } = await runnerImport<{ lesson: Lesson }>(modulePath, { configFile: false, logLevel: 'silent' })
  return module.lesson
}
