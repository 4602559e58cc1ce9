import { readdirSync, readFileSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pruneReuseFiles, reuseFile, writeReuseFile } from '../../../kit/vite/reuseFiles.ts'
import { useScratchFolder } from '../../support/scratchFolder.ts'

describe('reuse files', () => {
  const scratch = useScratchFolder('reuse-files-', { 'notes.txt': 'not a pack\n' })

  it('name one file per kind and configuration', () => {
    expect(reuseFile('/c', 'vue-compiled', 'ab'.repeat(20))).toBe(join('/c', `vue-compiled-${'ab'.repeat(8)}.json`))
    expect(reuseFile('/c', 'vue-compiled', 'cd'.repeat(20))).not.toBe(reuseFile('/c', 'vue-compiled', 'ab'.repeat(20)))
  })

  it('keep the most recently written of a kind, and nothing else is touched', () => {
    const fingerprints = ['1', '2', '3', '4'].map(digit => digit.repeat(40))
    fingerprints.forEach((fingerprint, age) => {
      const file = reuseFile(scratch.root, 'vue-compiled', fingerprint)
      scratch.write(file.slice(scratch.root.length + 1), '{}')
      // Written in turn: the first is the oldest.
      utimesSync(file, 1_000 + age, 1_000 + age)
    })
    scratch.write(reuseFile(scratch.root, 'unocss-unmatched', fingerprints[0]!).slice(scratch.root.length + 1), '{}')
    pruneReuseFiles(scratch.root, 'vue-compiled', 2)
    expect(readdirSync(scratch.root).sort()).toEqual([
      'notes.txt',
      `unocss-unmatched-${'1'.repeat(16)}.json`,
      `vue-compiled-${'3'.repeat(16)}.json`,
      `vue-compiled-${'4'.repeat(16)}.json`,
    ])
  })

  it('are written beside the older ones, and a folder that cannot take one is an error returned, not thrown', async () => {
    expect(await writeReuseFile(join(scratch.root, 'cache'), 'vue-compiled', '5'.repeat(40), '{"a":1}')).toBeUndefined()
    expect(readFileSync(reuseFile(join(scratch.root, 'cache'), 'vue-compiled', '5'.repeat(40)), 'utf8')).toBe('{"a":1}')
    // notes.txt is a file: nothing can be written under it.
    expect((await writeReuseFile(join(scratch.root, 'notes.txt'), 'vue-compiled', '5'.repeat(40), '{}'))?.message).toMatch(/ENOTDIR|EEXIST/)
  })

  it('leave a missing folder as it is', () => {
    expect(() => pruneReuseFiles(join(scratch.root, 'none'), 'vue-compiled')).not.toThrow()
  })
})
