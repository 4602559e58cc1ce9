import { createHash } from 'node:crypto'
import { dirname, join, relative, resolve } from 'node:path'
import { LESSON_AUDIENCE_ENV } from '../../kit/lesson/audience'
import { classroomLesson, publicSiteDir } from '../classroom/buildPaths'
import { phase } from '../process/phase'
import { buildInto, builtAt, isBuildCurrent } from './buildCache'
import { hashBuildInputs, lessonBuildInputs, shortPath } from './buildInputs'
import { formatBuildTime } from './formatBuildTime'
import { precompress } from './precompress'
import { BuildFailedError, slidevBuild } from './slidevBuild'

/**
 * The one way a deck's build is made current, for every caller: `present` and `build` (the
 * `site`: projector and presenter, in dist/ beside the entry), classroom mode and
 * `build:classroom` (the `public` site: no notes, minutes or answers, with the phone and remote
 * apps), and `export` (the `print` site, kept in node_modules/.cache until the deck changes).
 * It hashes the inputs once, just before the build reads them, decides once whether the build on
 * hand is current, is to be made, or is the last good one to offer, and says so.
 */

export type Flavour = 'site' | 'public' | 'print'

/** The runner, relative to the root: how a site is built is one of its inputs too. */
const RUNNER = join('tools', 'build', 'runSlidevBuild.mjs')

/** What the public site is made from besides the deck: the code that turns it into the phone's slides and builds the apps. */
const CLASSROOM_TOOLS = ['buildStudent.ts', 'phoneSnapshots.ts', 'phoneSnapshot.browser.js'].map(file => join('tools', 'classroom', file))

/** Each entry's print site has a folder of its own: exporting one lesson never replaces another's. */
export function printSiteDir(root: string, entry: string): string {
  const entryId = createHash('sha256').update(relative(root, resolve(root, entry))).digest('hex').slice(0, 8)
  return join(root, 'node_modules', '.cache', 'deck-export', `print-site-${entryId}`)
}

/** The folder a flavour's build of `entry` is kept in. */
export function buildDir(root: string, entry: string, flavour: Flavour): string {
  if (flavour === 'public')
    return publicSiteDir(classroomLesson(root, entry).lessonRoot)
  if (flavour === 'print')
    return printSiteDir(root, entry)
  return join(dirname(resolve(root, entry)), 'dist')
}

/**
 * What a flavour's build of `entry` is made from, relative to the root: the lesson's inputs and
 * the project's (tools/build/buildInputs.ts), the entry, the runner, and for the public site the
 * classroom code that builds its apps. The site and the print site are made from the same inputs:
 * either may be printed from.
 */
export function flavourInputs(root: string, entry: string, flavour: Flavour): string[] {
  const entryFile = relative(root, resolve(root, entry))
  const tools = flavour === 'public' ? CLASSROOM_TOOLS : []
  return [...lessonBuildInputs(root, dirname(resolve(root, entry))), entryFile, RUNNER, ...tools]
}

/** The hash of a flavour's inputs (flavourInputs), less `skip` (where the PDFs go, if inside an input). */
export function buildInputsHash(root: string, entry: string, flavour: Flavour, skip: readonly string[] = []): string {
  return hashBuildInputs(root, { inputs: flavourInputs(root, entry, flavour), skip: [...skip, buildDir(root, entry, flavour)] })
}

/** A build that cannot be offered; the message says why and what to do, ready to print. */
export class BuildUnavailableError extends Error {
  override name = 'BuildUnavailableError'
}

export interface EnsureBuildOptions {
  root: string
  /** The lesson's entry (slides.md), relative to the root. */
  entry: string
  flavour: Flavour
  /** Build even when the build on hand is current. */
  rebuild?: boolean
  /** Offer the last complete build as it is, whatever changed since; never build. */
  lastGood?: boolean
  /** Folders left out of the inputs (the export's output folder). */
  skip?: readonly string[]
  /** Stops the build; the last good build stays. */
  signal: AbortSignal
  /** Registers an undo step (a half-made build is removed), run however the program ends. */
  onCleanup: (task: () => Promise<unknown>) => void
  /** What is happening, for the person who ran the command. */
  log: (line: string) => void
  /** The builder's warnings of a build that succeeded. */
  warn?: (text: string) => void
}

export interface EnsuredBuild {
  /** The folder to serve or print from. */
  dir: string
  /** False when the build on hand was current, or the last good one was asked for. */
  built: boolean
  /** When the build on offer was made. */
  builtAt: Date
  /** Whether the build on offer was made from the current sources. */
  current: boolean
}

interface Wording {
  upToDate: string
  building: (rebuild: boolean) => string
  lastGood: (made: string) => string
  nothing: string
  failed: string
  fallback: (made: string | undefined) => string
}

function wording(flavour: Flavour, label: string, present: string): Wording {
  if (flavour === 'public') {
    return {
      upToDate: `The classroom build in ${label} is up to date.`,
      building: () => 'Building the public deck (no notes, no answers)…',
      lastGood: made => `Serving the last good classroom build (made ${made}); the sources changed since.`,
      nothing: 'there is no complete classroom build to serve; run npm run present -- --lan to build one',
      failed: 'the classroom build failed, so nothing new is served',
      fallback: made => made
        ? `The last good classroom build (made ${made}) is still in place. To present it as it is, run:\n  npm run present -- --lan --last-good`
        : 'There is no earlier classroom build to fall back on.',
    }
  }
  if (flavour === 'print') {
    return {
      upToDate: 'reusing the build of the deck from an earlier export (nothing changed since)',
      building: () => 'building the deck for print (once after each change of the deck)',
      lastGood: made => `printing the last good build of the deck (made ${made})`,
      nothing: 'there is no build of the deck to print',
      failed: 'building the deck for print failed',
      fallback: () => '',
    }
  }
  return {
    upToDate: `The build in ${label} is up to date.`,
    building: rebuild => rebuild ? 'Building the deck…' : 'The sources changed since the last build: building the deck…',
    lastGood: made => `Serving the last good build (made ${made}); the sources changed since.`,
    nothing: `there is no complete build in ${label} to serve; run ${present.replace(/ --$/, '')} to build one`,
    failed: `the build failed, so ${label} was not replaced`,
    fallback: made => made
      ? `The last good build (made ${made}) is still in ${label}. To present it as it is, run:\n  ${present} --last-good`
      : 'There is no earlier build to fall back on.',
  }
}

/** Builds a flavour into `temp`: the deck through the one runner, then the public site's apps beside it. */
async function buildFlavour(options: EnsureBuildOptions, temp: string, signal: AbortSignal): Promise<string> {
  const { root, entry, flavour } = options
  // The site carries the print view too, so the export can print from a current dist/.
  if (flavour !== 'public') {
    // Not compressed: the site is served to this computer's own browser (the LAN gets the public
    // site), and the print site only to the export's Chromium; compressing is time on the build's path.
    return slidevBuild(root, { entry, outDir: temp, signal, printView: true, printOnly: flavour === 'print' })
  }
  const warnings = await slidevBuild(root, { entry, outDir: temp, signal, withoutNotes: true, env: { [LESSON_AUDIENCE_ENV]: 'public' } })
  signal.throwIfAborted()
  options.log('Building the student and remote apps…')
  // Loaded only here: the apps' builder brings Vite, Vue's compiler and the browser driver.
  const { buildClassroomApps } = await import('../classroom/buildStudent')
  await buildClassroomApps(root, temp, classroomLesson(root, entry))
  await precompress(temp)
  return warnings
}

/**
 * Makes the flavour's build of `entry` current, or offers the last good one, and says which.
 * Rejects with a BuildUnavailableError (its message ready to print) when the build failed or
 * there is nothing to offer, and with the signal's reason when stopped.
 */
export async function ensureBuild(options: EnsureBuildOptions): Promise<EnsuredBuild> {
  const { root, entry, flavour, log } = options
  const dir = buildDir(root, entry, flavour)
  // The command that presents this lesson, for the advice in the messages.
  const present = relative(root, resolve(root, entry)) === 'slides.md' ? 'npm run present --' : `npm run present -- --entry ${entry}`
  const words = wording(flavour, `${shortPath(root, dir)}/`, present)
  // Hashed before anything is read, so an edit made during the build makes it stale.
  const hash = buildInputsHash(root, entry, flavour, options.skip)
  // One build serves presenting and printing: the site carries the print view, so a current
  // site (present or build ran since the last edit) is printed from as it is.
  const site = buildDir(root, entry, 'site')
  if (flavour === 'print' && !options.rebuild && isBuildCurrent(site, hash)) {
    log(`reusing the build of the deck in ${shortPath(root, site)}/ (nothing changed since)`)
    return { dir: site, built: false, builtAt: builtAt(site)!, current: true }
  }
  const current = isBuildCurrent(dir, hash)
  const last = builtAt(dir)
  if (options.lastGood || (current && !options.rebuild)) {
    if (!last)
      throw new BuildUnavailableError(words.nothing)
    log(current ? words.upToDate : words.lastGood(formatBuildTime(last)))
    return { dir, built: false, builtAt: last, current }
  }
  log(words.building(options.rebuild === true))
  try {
    await buildInto(dir, hash, async (temp) => {
      // However the program ends, the builder has ended before its folder is removed (cleanup
      // runs the steps registered last first).
      const builder = new AbortController()
      options.signal.addEventListener('abort', () => builder.abort(options.signal.reason), { once: true })
      const building = buildFlavour(options, temp, builder.signal)
      options.onCleanup(async () => {
        builder.abort(new Error('the program ended'))
        await building.catch(() => undefined)
      })
      // The test seam holds the build's end here, so a stop lands while Slidev builds.
      const [warnings] = await Promise.all([building, phase('building', options.signal)])
      if (warnings)
        options.warn?.(warnings)
    }, options)
  }
  catch (error) {
    if (options.signal.aborted || !(error instanceof BuildFailedError))
      throw error
    const reason = error.message.split('\n').map(line => `  ${line}`).join('\n')
    const fallback = words.fallback(last && formatBuildTime(last))
    throw new BuildUnavailableError(`${words.failed}:\n${reason}${fallback ? `\n${fallback}` : ''}`)
  }
  return { dir, built: true, builtAt: builtAt(dir)!, current: true }
}
