import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureWritableDir } from '../../../tools/export/atomicWrite'

let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'writable-dir-'))
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('ensureWritableDir', () => {
  it('creates the folder, and its undo removes every folder it created while they are empty', async () => {
    const out = join(root, 'print', 'lesson-2')
    const undo = await ensureWritableDir(out)
    expect(existsSync(out)).toBe(true)
    await undo()
    expect(existsSync(join(root, 'print'))).toBe(false)
    expect(existsSync(root)).toBe(true)
  })

  it('keeps a folder that something was written into, and one that was there before', async () => {
    const out = join(root, 'print')
    const undo = await ensureWritableDir(out)
    writeFileSync(join(out, 'slides.pdf'), '%PDF')
    await undo()
    expect(existsSync(join(out, 'slides.pdf'))).toBe(true)

    const existing = join(root, 'existing')
    mkdirSync(existing)
    await (await ensureWritableDir(existing))()
    expect(existsSync(existing)).toBe(true)
  })

  it('says in one line when the folder cannot be written', async () => {
    const file = join(root, 'a-file')
    writeFileSync(file, '')
    await expect(ensureWritableDir(join(file, 'sub'))).rejects.toThrow(/^cannot write to output folder .* \(ENOTDIR\)$/)
  })
})
