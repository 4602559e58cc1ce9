import type { ParsedSlide } from './deck'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { buildInto, isBuildCurrent } from '../build/buildCache'
import { hashBuildInputs, lessonBuildInputs } from '../build/buildInputs'
import { phase } from '../process/phase'
import { SITE_BUILDER, startSiteBuild } from './siteBuilder'

/**
 * The deck built once as a static site with Slidev's print view, kept until the deck changes.
 *
 * Printing from Slidev's dev server makes Vite transform some 450 modules on demand for every
 * export, and that is most of an export's time. A production build of the same deck loads in
 * one to two seconds from disk, so it is built once and printed from until the deck changes.
 * The build runs in a child process of plain Node (tools/export/buildPrintSite.mjs), started before
 * the rest of the export loads, so that Chromium, the handout and the notes get going beside it.
 * The cache key covers every file that can change what is built (see `deckInputsKey`), so a
 * stale build is never printed.
 */

/** Bump when the way the site is built or described changes, so older caches are not used. */
const CACHE_FORMAT = 'print-site-4'
const DECK_FILE = 'export-deck.json'

/** What the export needs of the deck besides the site: stored beside the site, valid with it. */
export interface PrintSiteDeck {
  slides: ParsedSlide[]
  canvasWidth: number
  aspectRatio: number
}

export interface PrintSite {
  /** The deck as parsed for the site: at once from the cache, else as soon as the builder has parsed it. */
  deck: Promise<PrintSiteDeck>
  /** True when an earlier export's build was current and is used as it is. */
  reused: boolean
  /** Folder of the built site, with index.html; resolves once the build (if any) is done. */
  dir: Promise<string>
}

/**
 * The cache key of a print site: the build inputs of the lesson in the entry's folder as
 * `npm run present` counts them (tools/build/buildInputs.ts), plus the entry and the builder
 * script, less `skip` (where the PDFs go, should that be inside an input folder).
 */
export function deckInputsKey(root: string, entry: string, skip: readonly string[] = []): string {
  const entryFile = relative(root, resolve(root, entry))
  const inputs = hashBuildInputs(root, { inputs: [...lessonBuildInputs(root, dirname(resolve(root, entry))), entryFile, SITE_BUILDER], skip })
  return createHash('sha256').update(`${CACHE_FORMAT}\0${entryFile}\0${inputs}`).digest('hex').slice(0, 24)
}

/** Each entry's print site has a folder of its own: exporting one lesson never replaces another's. */
export function printSiteDir(root: string, entry: string): string {
  const entryId = createHash('sha256').update(relative(root, resolve(root, entry))).digest('hex').slice(0, 8)
  return join(root, 'node_modules', '.cache', 'deck-export', `print-site-${entryId}`)
}

export interface PrintSiteOptions {
  /** Project root: where slides.md, components/ and node_modules/ are. */
  root: string
  /** The deck's entry file, relative to the root. */
  entry: string
  /** Folders to leave out of the cache key (where the PDFs go). */
  skip: readonly string[]
  log: (line: string) => void
  /** Where the builder's warnings go. */
  warn: (text: string) => void
  /** Registers an undo step; a build interrupted half way leaves no folder behind. */
  onCleanup: (task: () => Promise<unknown>) => void
  /** Stops the build and keeps it from being put in the cache. */
  signal: AbortSignal
}

/**
 * The deck as it is now and its print site: the cached one when nothing changed, else one being
 * built in a child process (the deck is known well before the build ends, so the caller can
 * start on other work). Returns as soon as the build is started.
 */
export async function openPrintSite(options: PrintSiteOptions): Promise<PrintSite> {
  // One folder (tools/build/buildCache.ts): the site in site/ and the parsed deck beside it.
  const dir = printSiteDir(options.root, options.entry)
  const key = deckInputsKey(options.root, options.entry, options.skip)
  const siteDir = join(dir, 'site')
  const deckFile = join(dir, DECK_FILE)
  if (isBuildCurrent(dir, key)) {
    const deck = JSON.parse(await readFile(deckFile, 'utf8')) as PrintSiteDeck
    options.log('reusing the build of the deck from an earlier export (nothing changed since)')
    return { deck: Promise.resolve(deck), reused: true, dir: Promise.resolve(siteDir) }
  }

  options.log('building the deck for print (once after each change of the deck)')
  // The deck is known once the builder has parsed it; a failure before the builder started (a
  // folder that cannot be made) fails the deck too.
  let builder: Promise<PrintSiteDeck> | undefined
  let failEarly!: (error: unknown) => void
  const early = new Promise<never>((_, reject) => {
    failEarly = reject
  })
  let startedBuild!: () => void
  const started = new Promise<void>((resolve) => {
    startedBuild = resolve
  })
  const built = buildInto(dir, key, async (temp) => {
    // Building in export mode would keep the client asking a dev server for live state; a
    // production build with `download` on is the static site Slidev itself makes with a print view.
    const build = startSiteBuild(options.root, options.entry, join(temp, 'site'), options.warn, options.signal)
    options.onCleanup(() => build.stop())
    builder = build.deck
    startedBuild()
    // The test seam holds the build's end here, so a stop lands while the builder runs.
    await Promise.all([build.done, phase('building', options.signal)])
    await writeFile(join(temp, DECK_FILE), JSON.stringify(await build.deck))
  }, { signal: options.signal, onCleanup: options.onCleanup }).then(() => siteDir)
  built.catch((error) => {
    if (!builder)
      failEarly(error)
  })
  const deck = Promise.race([started.then(() => builder!), early])
  deck.catch(() => undefined)
  return { deck, reused: false, dir: built }
}
