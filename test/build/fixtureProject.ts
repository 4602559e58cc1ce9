import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

export const root = new URL('../..', import.meta.url).pathname

const SKIPPED = new Set(['node_modules', 'dist', '.git', 'exports', 'test-results', 'bench', 'test', '.slidev'])

/** A copy of the project as a fresh checkout has it (no build), sharing this one's node_modules. */
export function copyProject(prefix: string): { dir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(root, dir, { recursive: true, filter: source => !SKIPPED.has(relative(root, source).split('/')[0]!) })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
