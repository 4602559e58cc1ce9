import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../support/root'
import { readSourceLesson } from '../support/sourceLesson'
import { normalizeForComparison, placeFragments, sourceFragments } from '../support/sourceText'

/** Files of the deck itself: where lesson wording could be written (again). */
function deckFiles(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (['node_modules', 'dist', 'exports', 'test', 'test-results', 'playwright-report', 'bench', 'docs'].includes(name) || name.startsWith('.'))
      return []
    if (statSync(path).isDirectory())
      return deckFiles(path)
    return /\.(?:ts|vue|md|css|json)$/.test(name) && name !== 'package-lock.json' ? [path] : []
  })
}

describe('normalizeForComparison', () => {
  it('ignores punctuation width and spacing, not wording', () => {
    expect(normalizeForComparison('思考:单容器实例能否支撑企业级应用?')).toBe(normalizeForComparison('思考：单容器实例能否支撑企业级应用？'))
    expect(normalizeForComparison('容器网络模型 (CNM)。')).toBe(normalizeForComparison('容器网络模型（CNM）'))
    expect(normalizeForComparison('单容器实例')).not.toBe(normalizeForComparison('单个容器实例'))
  })
})

describe('placeFragments', () => {
  it('finds fragments in order and reports one that is missing or out of order', () => {
    const pages = ['甲乙', '丙', '丁甲']
    expect(placeFragments(['甲', '丙', '甲'], pages).map(p => p.page)).toEqual([0, 1, 2])
    expect(placeFragments(['丙', '乙'], pages).map(p => p.page)).toEqual([1, -1])
  })
})

describe('the lesson source', () => {
  const fragments = sourceFragments(readSourceLesson())

  it('stops before the hosting site\'s list of unrelated articles', () => {
    expect(fragments.at(-1)).toContain('developeraliyuncom')
    expect(fragments.join('')).not.toContain('相关文章')
  })

  // Whether each sentence reaches the audience, in order, is checked on the
  // rendered deck (test/e2e); here: no sentence is written twice, or outside data/.
  it('has no sentence written twice among the deck\'s files, nor outside data/', () => {
    const files = deckFiles().map(path => ({ path: relative(root, path), text: normalizeForComparison(readFileSync(path, 'utf8')) }))
    // Short fragments (小陈, 2013年7月, 思考) are labels that legitimately recur.
    const sentences = [...new Set(fragments.filter(f => f.length >= 12))]
    expect(sentences.length).toBeGreaterThan(40)
    for (const sentence of sentences) {
      const holders = files.filter(f => f.text.includes(sentence)).map(f => f.path)
      expect(holders.length, `${sentence} in ${holders.join(', ')}`).toBeLessThanOrEqual(1)
      for (const holder of holders)
        expect(holder, sentence).toMatch(/^(?:data|course)\//)
    }
  })
})
