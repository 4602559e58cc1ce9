import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSaved } from '../../../kit/fs/readSaved'
import { useScratchFolder } from '../../support/scratchFolder'

const folder = useScratchFolder('read-saved-', { 'dialogue.ts': '', 'empty.ts': '' })

describe('readSaved', () => {
  it('reads a save caught between truncating and writing as the text written after', async () => {
    const file = join(folder.root, 'dialogue.ts')
    const written = setTimeout(() => writeFileSync(file, 'export const dialogue = [\'龘\']\n'), 60)
    try {
      expect(await readSaved(file)).toBe('export const dialogue = [\'龘\']\n')
    }
    finally {
      clearTimeout(written)
    }
  })

  it('gives an emptied file as empty once the tries are spent, and a written one at once', async () => {
    const file = join(folder.root, 'empty.ts')
    expect(await readSaved(file, 3, 5)).toBe('')
    folder.write('empty.ts', 'x')
    expect(await readSaved(file, 0)).toBe('x')
  })
})
