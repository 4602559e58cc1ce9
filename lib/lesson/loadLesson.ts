import type { Lesson } from '../../data/schema.ts'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runnerImport } from 'vite'

/** The latest load of each module, with the content of its folder it was made from. */
const loads = new Map<string, { hash: string, lesson: Promise<Lesson> }>()

/**
 * A hash of every file in the module's folder. data/ imports nothing outside itself (a lint rule
 * holds that line), so the same hash means the same lesson.
 */
function folderHash(dir: string): string {
  const hash = createHash('sha256')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
  for (const file of files) {
    const path = join(dir, file)
    if (!statSync(path).isFile())
      continue
    hash.update(`${file}\0`).update(readFileSync(path)).update('\0')
  }
  return hash.digest('hex')
}

/**
 * Loads the validated lesson from `modulePath` (data/index.ts) through Vite's module runner, in
 * Node: invalid content throws the lesson's own error naming the file and field. An edit made
 * since the last call is always seen; an unchanged lesson is loaded once per process (a build
 * asks twice: for the fonts and for the browser's copy, each load ~0.1–0.2 s).
 */
export function loadLesson(modulePath: string): Promise<Lesson> {
  const hash = folderHash(dirname(modulePath))
  const latest = loads.get(modulePath)
  if (latest?.hash === hash)
    return latest.lesson
  const lesson = runnerImport<{ lesson: Lesson }>(modulePath, { configFile: false, logLevel: 'silent' }).then(({ module }) => module.lesson)
  loads.set(modulePath, { hash, lesson })
  // A failure is not kept: the next call tries again (and fails again if nothing changed).
  lesson.catch(() => {
    if (loads.get(modulePath)?.lesson === lesson)
      loads.delete(modulePath)
  })
  return lesson
}
