import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { root } from './root'

const SKIPPED = new Set(['node_modules', 'dist', 'dist-public', '.git', 'exports', 'test-results', 'bench', 'test', '.slidev'])

/** The addon, installed from the project's own folder (package.json: file:.). */
const KIT_PACKAGE = 'slidev-addon-lesson-kit'

/**
 * A copy of the project as a fresh checkout has it (no build), sharing this one's installed
 * packages; its addon is the copy itself, so a test may break the copy's components.
 */
export function copyProject(prefix: string): { dir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(root, dir, { recursive: true, filter: source => !SKIPPED.has(relative(root, source).split('/')[0]!) })
  mkdirSync(join(dir, 'node_modules'))
  for (const entry of readdirSync(join(root, 'node_modules')))
    symlinkSync(entry === KIT_PACKAGE ? dir : join(root, 'node_modules', entry), join(dir, 'node_modules', entry))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
