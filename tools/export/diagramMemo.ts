import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fingerprintOf } from '../../kit/vite/fingerprint'
import { reuseDir, reuseFile, writeReuseFile } from '../../kit/vite/reuseFiles'

/**
 * The diagrams an export drew, kept for the next export of the same deck
 * (kit/slides/diagramMemo.ts): valid while the packages (Mermaid, the fonts: the lock file), the
 * browser and the site's stylesheets are as they were. Mermaid measures its labels in the page, so
 * a stylesheet's rule or a font face may change a diagram whose text did not; the stylesheets'
 * content hashes are in their file names.
 */

const KIND = 'mermaid-svgs'

export interface DiagramMemoPlace {
  root: string
  /** The deck's entry, relative to the root. */
  entry: string
  /** The site being printed. */
  siteDir: string
  /** The browser's own version (Playwright's browser.version()). */
  browserVersion: string
}

/** The names of the site's stylesheets, wherever they are in it. */
function stylesheetNames(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.css')).map(name => name.split('\\').join('/')).sort()
}

/** Where the memo for one deck, site and browser is kept. */
export interface DiagramMemoFile {
  dir: string
  fingerprint: string
  file: string
}

/** The memo's file for this deck, site and browser, beside what builds keep (kit/vite/reuseFiles.ts). */
export function diagramMemoFile(place: DiagramMemoPlace): DiagramMemoFile {
  const conditions = {
    entry: relative(place.root, resolve(place.root, place.entry)).split('\\').join('/'),
    browser: place.browserVersion,
    stylesheets: stylesheetNames(place.siteDir),
  }
  const dir = reuseDir(place.root)
  const fingerprint = fingerprintOf(conditions, [join(place.root, 'package-lock.json')])
  return { dir, fingerprint, file: reuseFile(dir, KIND, fingerprint) }
}

/** The SVGs kept in the memo's file; none when it is missing, unreadable or not a memo. */
export function readDiagramMemo(memo: DiagramMemoFile): Record<string, string> {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(memo.file, 'utf8'))
  }
  catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return {}
  return Object.values(parsed).every(svg => typeof svg === 'string') ? parsed as Record<string, string> : {}
}

/**
 * Keeps what the print view drew (and reused) for the next export, unless it is what was kept.
 * Resolves with the error when the file cannot be written, for a warning: the PDFs do not depend on it.
 */
export async function keepDiagramMemo(memo: DiagramMemoFile, known: Record<string, string>, drawn: Record<string, string>): Promise<Error | undefined> {
  const same = Object.keys(drawn).length === Object.keys(known).length && Object.entries(drawn).every(([key, svg]) => known[key] === svg)
  if (same)
    return undefined
  return writeReuseFile(memo.dir, KIND, memo.fingerprint, JSON.stringify(drawn))
}
