import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { removeLeftovers, writeFileAtomically } from '../fs/replaceAtomically.ts'

/**
 * Where a build keeps what the next one may reuse: a file per configuration (its fingerprint in
 * the name), so builds of different lessons, whose configurations differ, do not overwrite each
 * other's, and the most recently written few of each kind only.
 */

/** The folder under `root` (the project's, where its packages are) that keeps them. */
export function reuseDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'build-reuse')
}

/** How many configurations of a kind are kept: an author's lessons, not every folder a test made. */
const KEPT_CONFIGURATIONS = 8

/** The file for `kind` (`vue-compiled`, `unocss-unmatched`) under this fingerprint. */
export function reuseFile(dir: string, kind: string, fingerprint: string): string {
  return join(dir, `${kind}-${fingerprint.slice(0, 16)}.json`)
}

/**
 * Writes the file for `kind` under this fingerprint and prunes the kind's older ones. A file that
 * cannot be written (a full disk, a read-only node_modules) costs the next build its reuse, never
 * this build: the error is returned, for a warning, not thrown. Pruning is best effort (on Windows
 * a file another build is reading cannot be removed; it goes next time).
 */
export async function writeReuseFile(dir: string, kind: string, fingerprint: string, text: string): Promise<Error | undefined> {
  const file = reuseFile(dir, kind, fingerprint)
  try {
    // What a writer killed mid-write left beside it.
    await removeLeftovers(file)
    writeFileAtomically(file, text)
  }
  catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
  try {
    pruneReuseFiles(dir, kind)
  }
  catch {}
  return undefined
}

/** Removes all but the `keep` most recently written files of `kind` in `dir`. */
export function pruneReuseFiles(dir: string, kind: string, keep = KEPT_CONFIGURATIONS): void {
  const pattern = new RegExp(`^${kind}-[0-9a-f]{16}\\.json$`)
  let names: string[]
  try {
    names = readdirSync(dir).filter(name => pattern.test(name))
  }
  catch {
    return
  }
  const byAge = names.map((name) => {
    try {
      return { name, written: statSync(join(dir, name)).mtimeMs }
    }
    catch {
      return { name, written: 0 }
    }
  }).sort((a, b) => b.written - a.written)
  for (const { name } of byAge.slice(keep))
    rmSync(join(dir, name), { force: true })
}
