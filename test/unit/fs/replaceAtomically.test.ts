import * as fs from 'node:fs'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { replaceDir, tempBeside, writeFileAtomically } from '../../../kit/fs/replaceAtomically'

vi.mock('node:fs', async importOriginal => ({ ...await importOriginal<typeof import('node:fs')>() }))

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'replace-atomically-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(root, { recursive: true, force: true })
})

/** A rename that fails as Windows does while a scanner holds the file, `times` times, then works. */
function busyRenames(times: number, code = 'EBUSY'): void {
  const real = fs.renameSync
  let left = times
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    if (left-- > 0)
      throw Object.assign(new Error(`${code}: resource busy`), { code })
    real(from, to)
  })
}

describe('replaceDir', () => {
  it('puts the new folder in place of the old one and leaves nothing else beside it', async () => {
    mkdirSync(join(root, 'dist'))
    writeFileSync(join(root, 'dist', 'index.html'), 'old')
    const temp = tempBeside(join(root, 'dist'))
    mkdirSync(temp)
    writeFileSync(join(temp, 'index.html'), 'new')
    await replaceDir(join(root, 'dist'), temp)
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new')
    expect(readdirSync(root)).toEqual(['dist'])
  })

  it('waits out a folder the file system briefly holds (EPERM, EBUSY on Windows)', async () => {
    mkdirSync(join(root, 'dist'))
    const temp = tempBeside(join(root, 'dist'))
    mkdirSync(temp)
    writeFileSync(join(temp, 'index.html'), 'new')
    busyRenames(3, 'EPERM')
    await replaceDir(join(root, 'dist'), temp)
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new')
  })
})

describe('writeFileAtomically', () => {
  it('writes the whole file, through a temporary name that does not stay', () => {
    writeFileAtomically(join(root, 'cache', 'font.woff2'), 'bytes')
    expect(readFileSync(join(root, 'cache', 'font.woff2'), 'utf8')).toBe('bytes')
    expect(readdirSync(join(root, 'cache'))).toEqual(['font.woff2'])
  })

  it('gives up on a file that stays busy, says why, and leaves the old file as it was', () => {
    writeFileSync(join(root, 'font.woff2'), 'old')
    busyRenames(1000)
    expect(() => writeFileAtomically(join(root, 'font.woff2'), 'new')).toThrow(/EBUSY/)
    expect(readFileSync(join(root, 'font.woff2'), 'utf8')).toBe('old')
  })
})
