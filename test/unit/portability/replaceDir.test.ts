import type { RenameDeps } from '../../../tools/fs/replaceDir'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renameRetrying, replaceDir } from '../../../tools/fs/replaceDir'

function inUse(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code })
}

/**
 * Folders as Windows treats them: a rename onto an existing folder fails (EPERM), and a folder
 * someone holds open refuses to move for the next `busyFor` tries.
 */
function windowsLike(folders: string[], busy: Record<string, number> = {}): RenameDeps & { folders: Set<string>, waits: number[] } {
  const present = new Set(folders)
  const waits: number[] = []
  return {
    folders: present,
    waits,
    exists: path => present.has(path),
    sleep: ms => waits.push(ms),
    rename(from, to) {
      if (!present.has(from))
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      if ((busy[from] ?? 0) > 0) {
        busy[from]! -= 1
        throw inUse('EBUSY')
      }
      if (present.has(to))
        throw inUse('EPERM')
      present.delete(from)
      present.add(to)
    },
  }
}

describe('replaceDir', () => {
  it('moves the old folder away first, as Windows needs', () => {
    const fs = windowsLike(['dist', '.dist.1.tmp'])
    replaceDir('.dist.1.tmp', 'dist', '.dist.1.old', fs)
    expect([...fs.folders].sort()).toEqual(['.dist.1.old', 'dist'])
  })

  it('waits while a program holds the old build open, then swaps', () => {
    const fs = windowsLike(['dist', '.dist.1.tmp'], { dist: 3 })
    replaceDir('.dist.1.tmp', 'dist', '.dist.1.old', fs)
    expect([...fs.folders].sort()).toEqual(['.dist.1.old', 'dist'])
    expect(fs.waits).toHaveLength(3)
  })

  it('gives up after a moment, keeping the old build in place', () => {
    const fs = windowsLike(['dist', '.dist.1.tmp'], { dist: 100 })
    expect(() => replaceDir('.dist.1.tmp', 'dist', '.dist.1.old', fs)).toThrow('EBUSY')
    expect([...fs.folders].sort()).toEqual(['.dist.1.tmp', 'dist'])
  })

  it('puts the old build back when the new one cannot be moved in', () => {
    const fs = windowsLike(['dist', '.dist.1.tmp'], { '.dist.1.tmp': 100 })
    expect(() => replaceDir('.dist.1.tmp', 'dist', '.dist.1.old', fs)).toThrow('EBUSY')
    expect([...fs.folders].sort()).toEqual(['.dist.1.tmp', 'dist'])
  })

  it('does not wait on errors that will not pass', () => {
    const fs = windowsLike([])
    expect(() => renameRetrying('missing', 'dist', fs)).toThrow('ENOENT')
    expect(fs.waits).toEqual([])
  })
})

describe('replaceDir on this machine', () => {
  const work = mkdtempSync(join(tmpdir(), 'replace-dir-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('swaps real folders', () => {
    const [dist, fresh, old] = ['dist', '.dist.tmp', '.dist.old'].map(name => join(work, name)) as [string, string, string]
    for (const [dir, text] of [[dist, 'old'], [fresh, 'new']] as const) {
      mkdirSync(dir)
      writeFileSync(join(dir, 'index.html'), text)
    }
    replaceDir(fresh, dist, old)
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new')
    expect(readFileSync(join(old, 'index.html'), 'utf8')).toBe('old')
  })
})
