import { join } from 'node:path'
import { LESSON_AUDIENCE_ENV } from '../../kit/vite/lessonModulePlugin.ts'
import { buildInto, builtAt, isBuildCurrent } from '../build/buildCache.ts'
import { hashBuildInputs, lessonBuildInputs } from '../build/buildInputs.ts'
import { precompress } from '../build/precompress.ts'
import { slidevBuild } from '../build/slidevBuild.ts'
import { classroomLesson, publicSiteDir } from './buildPaths.ts'
import { buildClassroomApps } from './buildStudent.ts'

/**
 * What the public site is made from: the deck's inputs and the code that turns the deck into the
 * phone's slides and builds the apps (the kit holds the apps themselves). The server and the rest
 * of tools/classroom are not inputs: editing them rebuilds nothing.
 */
const CLASSROOM_TOOL_INPUTS: readonly string[] = ['buildClassroom.ts', 'buildStudent.ts', 'phoneSnapshots.ts', 'phoneSnapshot.browser.js'].map(file => join('tools/classroom', file))

/** The public site's inputs for the lesson whose entry is `entry`, relative to `root`. */
export function classroomInputs(root: string, entry = 'slides.md'): string[] {
  const lesson = classroomLesson(root, entry)
  return [...lessonBuildInputs(root, lesson.lessonRoot), lesson.entry, ...CLASSROOM_TOOL_INPUTS]
}

export interface ClassroomSite {
  dir: string
  /** False when the site was current (or the last good one was asked for) and nothing was built. */
  built: boolean
  /** When the site on offer was built; with `lastGood`, it may be older than the sources. */
  builtAt: Date | undefined
  /** Whether the site on offer was built from the current sources. */
  current: boolean
}

export interface ClassroomSiteOptions {
  /** The lesson's entry relative to the root; lesson 2's `slides.md` when not given. */
  entry?: string
  /** Build even when the site is current. */
  rebuild?: boolean
  /** Offer the last complete build as it is, whatever changed since; never build. */
  lastGood?: boolean
  progress?: (line: string) => void
  /** A stop request: the build is abandoned and the last good site stays. */
  signal?: AbortSignal
  /** Registers an undo step (removing the half-made build), run however the program ends. */
  onCleanup?: (task: () => Promise<unknown>) => void
}

/**
 * Makes classroom mode's public site current (publicSiteDir): the notes-free deck, then the
 * student and remote apps beside it. The deck is Slidev's build with `--without-notes` (no note
 * HTML) of the public lesson (`DECK_AUDIENCE=public`, kit/lesson/publicLesson.ts: no plan talking
 * points or class questions, no live-question answers). Built through the one build cache (tools/build/buildCache.ts),
 * as dist/ is: only when an input changed, in a temporary folder renamed into place when
 * complete, so a failed or interrupted build leaves the last good site.
 */
export async function ensureClassroomSite(root: string, options: ClassroomSiteOptions = {}): Promise<ClassroomSite> {
  const lesson = classroomLesson(root, options.entry)
  const dir = publicSiteDir(lesson.lessonRoot)
  const hash = hashBuildInputs(root, { inputs: classroomInputs(root, lesson.entry), skip: [dir] })
  const current = isBuildCurrent(dir, hash)
  // --last-good never builds: with no build to offer, the caller says so (as for dist/).
  if (options.lastGood || (current && !options.rebuild))
    return { dir, built: false, builtAt: builtAt(dir), current }
  const signal = options.signal ?? new AbortController().signal
  await buildInto(dir, hash, async (temp) => {
    options.progress?.('Building the public deck (no notes, no answers)…')
    await slidevBuild(root, { entry: lesson.entry, outDir: temp, signal, flags: ['--without-notes'], env: { [LESSON_AUDIENCE_ENV]: 'public' } })
    signal.throwIfAborted()
    options.progress?.('Building the student and remote apps…')
    await buildClassroomApps(root, temp, lesson)
    await precompress(temp)
  }, { signal, onCleanup: options.onCleanup ?? (() => {}) })
  return { dir, built: true, builtAt: builtAt(dir), current: true }
}
