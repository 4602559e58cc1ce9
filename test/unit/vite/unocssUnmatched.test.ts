import type { UnoContext } from '../../../kit/vite/unocssUnmatched.ts'
import { join } from 'node:path'
import { createGenerator } from '@unocss/core'
import presetAttributify from '@unocss/preset-attributify'
import presetWind3 from '@unocss/preset-wind3'
import { describe, expect, it } from 'vitest'
import { fingerprintOf } from '../../../kit/vite/fingerprint.ts'
import { mayBeIcon, mergeUnmatched, readUnmatched, unmatchedTokens } from '../../../kit/vite/unocssUnmatched.ts'
import { useScratchFolder } from '../../support/scratchFolder.ts'

// What UnoCSS scans in a deck: a template with utilities and attributes, and words of a slide.
const scanned = '<div class="grid gap-4 text-xl" p="x-2" text="red-500"><p>容器 集群 cluster node pod</p></div>'

/** A UnoCSS context as its Vite plugin holds one, with `scanned` extracted. */
async function contextFor(rules: [RegExp, () => Record<string, string>][] = []): Promise<UnoContext & { css: () => Promise<string> }> {
  const uno = await createGenerator({ presets: [presetWind3(), presetAttributify()], rules })
  const tokens = new Set<string>()
  await uno.applyExtractors(scanned, 'slide.vue', tokens)
  return { ready: Promise.resolve(), tokens, uno, css: async () => (await uno.generate(tokens, { preflights: false })).css }
}

describe('UnoCSS candidates that matched nothing', () => {
  const scratch = useScratchFolder('unocss-unmatched-', {})

  it('are the words of a slide, not its utilities, and blocking them leaves the CSS as it was', async () => {
    const first = await contextFor()
    const css = await first.css()
    const unmatched = await unmatchedTokens(first)
    expect(unmatched).toEqual(expect.arrayContaining(['cluster', 'node', '集群']))
    expect(unmatched).not.toContain('text-xl')
    expect(css).toContain('.text-xl')

    const next = await contextFor()
    next.uno.blockTokens(unmatched)
    expect(await next.css()).toBe(css)
  })

  it('belong to one configuration: a rule that matches one of them gives another fingerprint', async () => {
    const file = join(scratch.root, 'unmatched.json')
    const first = await contextFor()
    const fingerprint = fingerprintOf(first.uno.config, [])
    scratch.write('unmatched.json', JSON.stringify({ fingerprint, unmatched: await unmatchedTokens(first) }))
    expect(readUnmatched(file, fingerprintOf((await contextFor()).uno.config, []))).toContain('cluster')

    // An author's rule for the word "cluster": the old list no longer applies.
    const withRule = await contextFor([[/^cluster$/, () => ({ outline: '2px solid teal' })]])
    const remembered = readUnmatched(file, fingerprintOf(withRule.uno.config, []))
    expect(remembered).toEqual([])
    withRule.uno.blockTokens(remembered)
    expect(await withRule.css()).toContain('outline:2px solid teal')
  })

  it('belong to the files given: a changed lock file gives another fingerprint', () => {
    scratch.write('package-lock.json', '{"a":1}')
    const before = fingerprintOf({}, [join(scratch.root, 'package-lock.json')])
    scratch.write('package-lock.json', '{"a":2}')
    expect(fingerprintOf({}, [join(scratch.root, 'package-lock.json')])).not.toBe(before)
  })

  it('leave icons out: whether one matches depends on the icon sets installed', () => {
    for (const icon of ['i-carbon-warning', 'hover:i-carbon-warning', 'dark:hover:i-mdi-home'])
      expect(mayBeIcon(icon), icon).toBe(true)
    for (const word of ['cluster', 'multi-node', 'ui-button', 'text-xl'])
      expect(mayBeIcon(word), word).toBe(false)
  })

  it('are none from a missing or broken list', () => {
    expect(readUnmatched(join(scratch.root, 'missing.json'), 'f')).toEqual([])
    scratch.write('broken.json', '{"fingerprint":"f","unmatched":')
    expect(readUnmatched(join(scratch.root, 'broken.json'), 'f')).toEqual([])
  })

  it('grow by what each build finds, and start again from one build past the limit', () => {
    expect(mergeUnmatched(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c'])
    expect(mergeUnmatched(['a', 'b'], ['c'], 2)).toEqual(['c'])
  })
})
