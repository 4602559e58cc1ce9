import type { Lesson } from './schema.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { addonRoot } from './paths.ts'
import { isLessonDataError, locateProblems } from './validateLesson.ts'

/** The latest load of each module, with the content of its folder it was made from. */
const loads = new Map<string, { hash: string, lesson: Promise<Lesson> }>()

/** The course's shared data (course/index.ts), which a lesson's data/ may import. */
const courseDir = join(addonRoot, 'course')

/**
 * A hash of every file in the module's folder and the course's. data/ imports nothing else (a lint
 * rule holds that line), so the same hash means the same lesson.
 */
function folderHash(...dirs: string[]): string {
  const hash = createHash('sha256')
  for (const dir of dirs.filter(dir => existsSync(dir))) {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
    for (const file of files) {
      const path = join(dir, file)
      if (!statSync(path).isFile())
        continue
      hash.update(`${path}\0`).update(readFileSync(path)).update('\0')
    }
  }
  return hash.digest('hex')
}

/**
 * Which file of the lesson's data folder writes each section (`export const dialogue` →
 * data/dialogue.ts): found in the folder, so a lesson names its files as it likes.
 */
export function sectionFiles(dataDir: string): (section: string) => string | undefined {
  const files = new Map<string, string>()
  for (const file of readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dataDir, file)
    if (!file.endsWith('.ts') || !statSync(path).isFile())
      continue
    for (const match of readFileSync(path, 'utf8').matchAll(/^export const (\w+)/gm))
      files.set(match[1]!, relative(dirname(dataDir), path))
  }
  return section => files.get(section)
}

/** Imports a module in Node: Vite's one-off module runner unless a running server lends its own. */
export type ModuleImporter = (modulePath: string) => Promise<Record<string, unknown>>

const importOnce: ModuleImporter = async (modulePath) => {
  // Vite's runner sets NODE_ENV=development for the whole process when it is unset: every build
  // started after it (the export's print site, the classroom apps, a bench's builds) would ship
  // Vue's development build, larger and slower. The variable is put back as it was.
  const nodeEnv = process.env.NODE_ENV
  try {
    return (await runnerImport<Record<string, unknown>>(modulePath, { configFile: false, logLevel: 'silent' })).module
  }
  finally {
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  }
}

/**
 * Loads the validated lesson from `modulePath` (data/index.ts) in Node: invalid content throws
 * the lesson's own error naming the file and field. An edit made since the last call is always
 * seen; an unchanged lesson is loaded once per process (a build asks twice: for the fonts and
 * for the browser's copy). The dev server passes its own module runner (`importModule`), which
 * re-runs only the data files that changed: an author's edit reaches the slide sooner.
 */
export function loadLesson(modulePath: string, importModule: ModuleImporter = importOnce): Promise<Lesson> {
  const hash = folderHash(dirname(modulePath), courseDir)
  const latest = loads.get(modulePath)
  if (latest?.hash === hash)
    return latest.lesson
  const lesson = importModule(modulePath).then(
    module => module.lesson as Lesson,
    (error: unknown) => {
      throw isLessonDataError(error) ? locateProblems(error, sectionFiles(dirname(modulePath))) : error
    },
  )
  loads.set(modulePath, { hash, lesson })
  // A failure is not kept: the next call tries again (and fails again if nothing changed).
  lesson.catch(() => {
    if (loads.get(modulePath)?.lesson === lesson)
      loads.delete(modulePath)
  })
  return lesson
}
