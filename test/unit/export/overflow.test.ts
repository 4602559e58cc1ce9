import type { Overflow, SlideFinding } from '../../../tools/export/overflow'
import type { TextRun } from '../../../tools/export/textSize'
import { describe, expect, it } from 'vitest'
import { overflowAllowed, overflowReport } from '../../../tools/export/overflow'
import { lastClicks, parsePrintId, printIdPrefix, whereOnSlide } from '../../../tools/export/printStates'
import { isUnder, MIN_TEXT_PX, smallTextReport } from '../../../tools/export/textSize'

const TITLES = ['封面', '六句对话', '代码']

/** An element running past the slide at `click` of `slide`, whose last click is `lastClick`. */
function runsOff(slide: number, click: number, lastClick: number, element: string, text: string): SlideFinding<Overflow> {
  return { slide, click, lastClick, found: { element, text, reason: 'runs past the slide' } }
}

function run(slide: number, click: number, lastClick: number, px: number, text = '服务器 1'): SlideFinding<TextRun> {
  return { slide, click, lastClick, found: { text, px, element: 'span.nodeLabel' } }
}

describe('print states', () => {
  it('reads the slide and the click from a print container\'s id (NNN-CC is click + 1)', () => {
    expect(parsePrintId('007-03')).toEqual({ id: '007-03', slide: 7, click: 2 })
    expect(parsePrintId('012-01')).toEqual({ id: '012-01', slide: 12, click: 0 })
    expect(parsePrintId('1000-11')).toEqual({ id: '1000-11', slide: 1000, click: 10 })
    for (const id of ['', 'slide-1', '007', '007-00', '000-01', '007-03-1'])
      expect(() => parsePrintId(id), id).toThrow('is not the id of a slide')
    expect(printIdPrefix(7)).toBe('007-')
  })

  it('finds each slide\'s last click, whatever the order of the states', () => {
    const states = ['003-02', '001-01', '003-01', '003-04', '002-01', '003-03'].map(parsePrintId)
    expect(lastClicks(states)).toEqual(new Map([[3, 3], [1, 0], [2, 0]]))
  })

  it('names the click only for a slide that has clicks', () => {
    expect(whereOnSlide(7, '对话', 2, true)).toBe('slide 7 (对话) at click 2')
    expect(whereOnSlide(7, '对话', 0, false)).toBe('slide 7 (对话)')
  })
})

describe('overflow', () => {
  it('lets a slide run off only with a reason', () => {
    expect(overflowAllowed([{}, { overflow: { allow: '终端输出故意滚动' } }])).toEqual(new Map([[2, '终端输出故意滚动']]))
    expect(() => overflowAllowed([{}, {}, { overflow: true }])).toThrow('slide 3: `overflow:` needs a reason')
    expect(() => overflowAllowed([{ overflow: { allow: ' ' } }])).toThrow('slide 1')
  })

  it('names each slide that runs off and is not allowed to, with its elements', () => {
    const found = [
      runsOff(2, 0, 0, 'div.dialogue__turn', '林姐，我把副本数'),
      runsOff(3, 0, 0, 'pre.slidev-code', 'apiVersion'),
    ]
    const report = overflowReport(found, new Map([[3, '故意']]), TITLES)
    expect(report).toBe('content runs off a slide:\n  slide 2 (六句对话): div.dialogue__turn "林姐，我把副本数" runs past the slide\n'
      + 'Split the slide, or step its content with clicks; a slide that may run off says why in its frontmatter: overflow: { allow: "reason" }')
    expect(overflowReport(found, new Map([[2, 'a'], [3, 'b']]), [])).toBeUndefined()
  })

  it('names the first click a slide runs off at, and the others after it', () => {
    const found = [
      runsOff(2, 4, 5, 'p.turn__text', '对。期望状态写在仓库里'),
      runsOff(2, 5, 5, 'p.turn__text', '对。期望状态写在仓库里'),
      runsOff(2, 3, 5, 'div.turn', '如果流量突然上来'),
      runsOff(2, 3, 5, 'p.turn__text', '如果流量突然上来'),
      runsOff(2, 3, 5, 'img.avatar', ''),
      runsOff(2, 3, 5, 'span.name', '阿杰'),
      runsOff(3, 1, 2, 'pre.slidev-code', 'apiVersion'),
    ]
    const lines = overflowReport(found, new Map(), TITLES)!.split('\n')
    expect(lines[0]).toBe('content runs off 2 slides:')
    expect(lines[1]).toBe('  slide 2 (六句对话) at click 3: div.turn "如果流量突然上来" runs past the slide; p.turn__text "如果流量突然上来" runs past the slide; img.avatar "" runs past the slide and 1 more (also at clicks 4, 5)')
    expect(lines[2]).toBe('  slide 3 (代码) at click 1: pre.slidev-code "apiVersion" runs past the slide')
  })

  it('names an intermediate click even when the last one fits', () => {
    expect(overflowReport([runsOff(3, 1, 2, 'div.tall', '先显示的长列表')], new Map(), TITLES))
      .toContain('slide 3 (代码) at click 1: div.tall "先显示的长列表" runs past the slide\n')
  })
})

describe('text size', () => {
  it('holds every text to the kit\'s 16 px, a quarter pixel of measuring aside', () => {
    expect(MIN_TEXT_PX).toBe(16)
    expect(isUnder(15.8, 16)).toBe(false)
    expect(isUnder(15.7, 16)).toBe(true)
    expect(isUnder(16, 16)).toBe(false)
  })

  it('names each slide, click, element and text under 16 px, with what to do', () => {
    const found = [run(1, 0, 0, 24, '封面标题'), run(2, 1, 2, 12.8), run(2, 2, 2, 12.8), run(2, 1, 2, 15.9, '节点 A'), run(3, 0, 0, 8, '一'.repeat(50))]
    const report = smallTextReport(found, TITLES)!
    const lines = report.split('\n')
    expect(lines[0]).toBe('text under 16 px on 2 slides (its size on the canvas, after every scaling):')
    expect(lines[1]).toBe('  slide 2 (六句对话) at click 1: span.nodeLabel "服务器 1" at 12.8 px (also at click 2)')
    expect(lines[2]).toBe(`  slide 3 (代码): span.nodeLabel "${'一'.repeat(40)}" at 8 px`)
    expect(lines[3]).toMatch(/give it more room .* or split it/)
    expect(report).not.toContain('封面')
    expect(smallTextReport([run(1, 0, 0, 16)], TITLES)).toBeUndefined()
  })
})
