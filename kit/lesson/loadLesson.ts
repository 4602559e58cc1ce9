import type { Lesson } from './schema.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { createJiti } from 'jiti'
import { addonRoot, kitRoot } from './paths.ts'
import { isLessonDataError, locateProblems } from './validateLesson.ts'

/** The latest load of each lesson module, with the content of its folders it was made from. */
type Loads = Map<string, { hash: string, lesson: Promise<Lesson> }>

/**
 * Loads made by the one-off importer, kept on the process rather than in this module: Slidev loads
 * each setup file (preparser, Vite plugins) through jiti without a module cache, so one build
 * holds several copies of this module, and each would load the lesson again.
 */
const oneOffLoads: Loads = ((globalThis as { [key: symbol]: Loads | undefined })[Symbol.for('lesson-kit.lessonLoads')] ??= new Map())

/** Loads made by a running dev server's own module runner. */
const serverLoads: Loads = new Map()

/**
 * What a lesson is made of besides its own folder: the course's shared data (course/index.ts),
 * and the kit code its data runs when it is loaded (the building blocks and their checks, the
 * engine the scenarios are checked with, the labels). An edit to any of them is a new lesson:
 * the cache outlives a dev server's restart, which reloads the kit.
 */
const sharedSources = [join(addonRoot, 'course'), join(kitRoot, 'lesson'), join(kitRoot, 'engine'), join(kitRoot, 'labels.ts')]

/**
 * A hash of every file at or under `paths`. data/ imports nothing but the course and the kit's
 * lesson module (a lint rule holds that line), so the same hash means the same lesson.
 */
function contentHash(paths: readonly string[]): string {
  const hash = createHash('sha256')
  for (const path of paths.filter(path => existsSync(path))) {
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' }).sort().map(file => join(path, file))
      : [path]
    for (const file of files) {
      if (!statSync(file).isFile())
        continue
      hash.update(`${file}\0`).update(readFileSync(file)).update('\0')
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

/** Imports a module in Node: jiti, unless a running dev server lends its own module runner. */
export type ModuleImporter = (modulePath: string) => Promise<Record<string, unknown>>

// The loader Slidev itself loads setup files with: TypeScript compiled once into its file cache, and
// no module cache, so an edit since the last load is seen.
const jiti = createJiti(import.meta.url, { moduleCache: false })
const importOnce: ModuleImporter = modulePath => jiti.import<Record<string, unknown>>(modulePath)

/**
 * Loads the validated lesson from `modulePath` (data/index.ts) in Node: invalid content throws
 * the lesson's own error naming the file and field. An edit made since the last call is always
 * seen; an unchanged lesson is loaded once per process (a build asks twice: for the fonts and
 * for the browser's copy). The dev server passes its own module runner (`importModule`), which
 * re-runs only the data files that changed: an author's edit reaches the slide sooner.
 */
export function loadLesson(modulePath: string, importModule?: ModuleImporter): Promise<Lesson> {
  const loads = importModule ? serverLoads : oneOffLoads
  const hash = contentHash([dirname(modulePath), ...sharedSources])
  const latest = loads.get(modulePath)
  if (latest?.hash === hash)
    return latest.lesson
  const lesson = (importModule ?? importOnce)(modulePath).then(
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
