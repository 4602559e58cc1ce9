import type { SlidePlan } from '../../../kit/lesson/schema'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckPlanRefs } from '../../../kit/deck/deckPlanRefs'
import { loadDeck } from '../../../kit/deck/loadDeck'
import { planInDeckOrder } from '../../../kit/slides/slideOrder'
import { root } from '../../support/root'

const entry = (id: string, minutes = 2): SlidePlan => ({ id, minutes, points: ['要点'], question: '问题？' })

describe('planInDeckOrder', () => {
  it('follows the deck\'s order, not the plan\'s', () => {
    const plan = [entry('c'), entry('a'), entry('b')]
    const deck = ['a', 'b', 'c'].map((plan, i) => ({ plan, where: `slide ${i + 1} of slides.md` }))
    expect(planInDeckOrder(deck, plan).map(p => p.id)).toEqual(['a', 'b', 'c'])
  })

  it('fails naming the slide and the plan, both ways round', () => {
    const deck = [{ plan: 'a', where: 'slide 1 of slides.md' }, { plan: 'typo', where: 'slide 2 of slides.md' }, { plan: undefined, where: 'slide 3 of more.md' }]
    expect(() => planInDeckOrder(deck, [entry('a'), entry('b')])).toThrow([
      'slide 3 of more.md names no plan entry: give it "plan: <id>" in its frontmatter, with its entry in data/plan.ts',
      'slide 2 of slides.md names plan "typo", which data/plan.ts does not have (it has: a, b)',
      'data/plan.ts has "b", which no slide names: add a slide with "plan: b" or remove the entry',
    ].join('\n'))
  })
})

describe('deckPlanRefs', () => {
  it('reads each slide\'s plan id in order, through src: imports and their ranges', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-order-'))
    try {
      mkdirSync(join(dir, 'slides'))
      writeFileSync(join(dir, 'slides.md'), '---\nplan: a\n---\n\nA\n\n---\nsrc: ./slides/more.md#2\n---\n\n---\nplan: d\n---\n\nD\n')
      writeFileSync(join(dir, 'slides', 'more.md'), '---\nplan: b\n---\n\nB\n\n---\nplan: c\n---\n\nC\n')
      expect(deckPlanRefs(join(dir, 'slides.md'))).toEqual([
        { plan: 'a', where: 'slide 1 of slides.md' },
        { plan: 'c', where: 'slide 2 of more.md' },
        { plan: 'd', where: 'slide 3 of slides.md' },
      ])
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a lesson whose plan lists its slides in another order', () => {
  it('times each slide by the deck\'s order (the fixture plan lists recap before lab)', async () => {
    const slides = await loadDeck(resolve(root, 'test/fixtures/lesson-fixture'))
    const ids = slides.map(s => s.frontmatter.plan)
    expect(ids.slice(-2)).toEqual(['lab', 'recap'])
    const total = slides.reduce((sum, s) => sum + Number(/计划 ([\d.]+) 分钟/.exec(s.note)?.[1]), 0)
    expect(slides.at(-1)!.note).toContain(`第 ${total - 2}–${total} 分钟（共 ${total} 分钟）`)
    expect(slides.at(-2)!.note).toContain(`第 ${total - 3}–${total - 2} 分钟`)
  }, 60_000)
})
