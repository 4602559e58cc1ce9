import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { BUILD_INPUTS, hashBuildInputs } from '../build/buildInputs.ts'
import { publicSiteDir } from './buildPaths.ts'
import { buildPublicDeck } from './buildPublicDeck.ts'
import { buildClassroomApps } from './buildStudent.ts'

/** What the public site is made from: the deck's inputs, the kit and these build tools. */
export const CLASSROOM_INPUTS: readonly string[] = [...BUILD_INPUTS, 'kit', 'tools/classroom']

function stampPath(root: string): string {
  return join(root, 'node_modules/.cache/classroom-site.sha256')
}

export interface ClassroomSite {
  dir: string
  /** False when the site was current and nothing was built. */
  built: boolean
}

/**
 * Makes classroom mode's public site current (publicSiteDir): the notes-free deck, then the
 * student and remote apps beside it. Builds only when an input changed since the last complete
 * build, or when `rebuild` is set; the stamp is removed first and written last, so an
 * interrupted build is never taken for a finished one.
 */
export async function ensureClassroomSite(root: string, options: { rebuild?: boolean, progress?: (line: string) => void } = {}): Promise<ClassroomSite> {
  const dir = publicSiteDir(root)
  const stamp = stampPath(root)
  const hash = hashBuildInputs(root, { inputs: CLASSROOM_INPUTS })
  const current = existsSync(join(dir, 'join/index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash
  if (current && !options.rebuild)
    return { dir, built: false }
  rmSync(stamp, { force: true })
  options.progress?.('Building the public deck (no notes, no answers)…')
  await buildPublicDeck(root, dir)
  options.progress?.('Building the student and remote apps…')
  await buildClassroomApps(root, dir)
  mkdirSync(dirname(stamp), { recursive: true })
  writeFileSync(stamp, `${hash}\n`)
  return { dir, built: true }
}
