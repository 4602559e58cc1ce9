import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomically } from '../../../kit/fs/replaceAtomically'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'replace-atomically-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('writeFileAtomically', () => {
  it('writes the whole file, through a temporary name that does not stay', () => {
    writeFileAtomically(join(root, 'cache', 'font.woff2'), 'bytes')
    expect(readFileSync(join(root, 'cache', 'font.woff2'), 'utf8')).toBe('bytes')
    expect(readdirSync(join(root, 'cache'))).toEqual(['font.woff2'])
  })

  it('replaces a file that is there, and leaves no temporary file when the rename fails', () => {
    writeFileSync(join(root, 'font.woff2'), 'old')
    writeFileAtomically(join(root, 'font.woff2'), 'new')
    expect(readFileSync(join(root, 'font.woff2'), 'utf8')).toBe('new')
    // A folder in the way: the rename fails, the folder stays, no temporary file is left.
    expect(() => writeFileAtomically(root, 'x')).toThrow()
    expect(readdirSync(join(root, '..')).filter(name => name.startsWith(`.${root.split('/').pop()}.`))).toEqual([])
  })
})
