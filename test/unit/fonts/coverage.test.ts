import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingCharacters } from '../../../kit/vite/fonts/coverage'
import { fontIdentity } from '../../../kit/vite/fonts/fontIdentity'
import { NOTO_SANS_SC } from '../../../kit/vite/fonts/notoSansSc'
import { useScratchFolder } from '../../support/scratchFolder'

const regular = NOTO_SANS_SC.weights[0]!.path
const folder = useScratchFolder('coverage-', {})
let made = 0
/** A cache folder of its own under the test's scratch folder. */
function cacheDir(): string {
  const dir = join(folder.root, `cache-${made++}`)
  mkdirSync(dir)
  return dir
}

describe('missingCharacters', () => {
  it('names the characters Noto Sans SC cannot draw, each once, and none it can', async () => {
    expect(await missingCharacters(regular, '容器集群 Pod 😀，容器😀', cacheDir())).toEqual(['😀'])
    expect(await missingCharacters(regular, '为什么需要容器集群？', cacheDir())).toEqual([])
  })

  it('keeps its answer beside the subsets, so the same text is answered without the font', async () => {
    const dir = cacheDir()
    expect(await missingCharacters(regular, '集群🚢', dir)).toEqual(['🚢'])
    const [kept] = readdirSync(dir)
    expect(kept).toMatch(/^coverage-\w+\.json$/)
    // The kept answer is what is read: a cache entry stands for the font's answer to that text.
    writeFileSync(join(dir, kept!), JSON.stringify(['集']))
    expect(await missingCharacters(regular, '集群🚢', dir)).toEqual(['集'])
    // Another text is a question of its own.
    expect(await missingCharacters(regular, '集群🚀', dir)).toEqual(['🚀'])
  })
})

describe('fontIdentity', () => {
  it('tells apart two fonts of the same name and size, and not two copies of one', () => {
    const font = (dir: string, byte: number) => {
      folder.write(`${dir}/NotoSansSC-Regular.otf`, String.fromCharCode(byte).repeat(8192))
      return join(folder.root, dir, 'NotoSansSC-Regular.otf')
    }
    expect(fontIdentity(font('a', 65))).not.toBe(fontIdentity(font('b', 66)))
    expect(fontIdentity(font('c', 65))).toBe(fontIdentity(font('a', 65)))
  })
})
