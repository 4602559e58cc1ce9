import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readSaved } from '../../../kit/fs/readSaved'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-saved-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readSaved', () => {
  it('reads a save caught between truncating and writing as the text written after', async () => {
    const file = join(dir, 'dialogue.ts')
    writeFileSync(file, '')
    const written = setTimeout(() => writeFileSync(file, 'export const dialogue = [\'龘\']\n'), 60)
    try {
      expect(await readSaved(file)).toBe('export const dialogue = [\'龘\']\n')
    }
    finally {
      clearTimeout(written)
    }
  })

  it('gives an emptied file as empty once the tries are spent, and a written one at once', async () => {
    const file = join(dir, 'empty.ts')
    writeFileSync(file, '')
    expect(await readSaved(file, 3, 5)).toBe('')
    writeFileSync(file, 'x')
    expect(await readSaved(file, 0)).toBe('x')
  })
})
