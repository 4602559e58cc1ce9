import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { root } from './root'

/** Left out at the top: the repository's own folders a checkout's copy does not need. */
const SKIPPED_AT_TOP = new Set(['.git', 'bench', 'test'])
/**
 * Left out at any depth: what the kit's commands write, including the temporary folders of a
 * build and the scratch lessons (lessons/.tmp-*) of tests running at the same time: they vanish
 * while the copy is being made.
 */
const SKIPPED_ANYWHERE = new Set(['node_modules', 'dist', 'dist-public', 'exports', 'classroom-logs', 'test-results', 'screenshots', '.slidev'])
const IN_PROGRESS = /^\.dist(?:-public)?\..*\.(?:tmp|old)$|^\.tmp-/

function isCopied(path: string): boolean {
  const parts = path.split(/[\\/]/).filter(part => part !== '')
  if (parts.length > 0 && SKIPPED_AT_TOP.has(parts[0]!))
    return false
  return !parts.some(part => SKIPPED_ANYWHERE.has(part) || IN_PROGRESS.test(part))
}

/** The addon, installed from the project's own folder (package.json: file:.). */
const KIT_PACKAGE = 'slidev-addon-lesson-kit'

/**
 * A copy of the project as a fresh checkout has it (no build), sharing this one's installed
 * packages; its addon is the copy itself, so a test may break the copy's components.
 */
export function copyProject(prefix: string): { dir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(root, dir, { recursive: true, filter: source => isCopied(relative(root, source)) })
  mkdirSync(join(dir, 'node_modules'))
  for (const entry of readdirSync(join(root, 'node_modules')))
    symlinkSync(entry === KIT_PACKAGE ? dir : join(root, 'node_modules', entry), join(dir, 'node_modules', entry))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
