import { describe, expect, it } from 'vitest'
import { overflowAllowed, overflowReport } from '../../../tools/export/overflow'

describe('overflow opt-outs', () => {
  it('lets a slide run off only with a reason', () => {
    expect(overflowAllowed([{}, { overflow: { allow: '终端输出故意滚动' } }])).toEqual(new Map([[2, '终端输出故意滚动']]))
    expect(() => overflowAllowed([{}, {}, { overflow: true }])).toThrow('slide 3: `overflow:` needs a reason')
    expect(() => overflowAllowed([{ overflow: { allow: ' ' } }])).toThrow('slide 1')
  })

  it('names each slide that runs off and is not allowed to, with its elements', () => {
    const found = [
      { slide: 2, element: 'div.dialogue__turn', text: '林姐，我把副本数' },
      { slide: 3, element: 'pre.slidev-code', text: 'apiVersion' },
    ]
    const report = overflowReport(found, new Map([[3, '故意']]), ['封面', '六句对话', '代码'])
    expect(report).toContain('slide 2 (六句对话): div.dialogue__turn "林姐，我把副本数" run past the slide')
    expect(report).not.toContain('slide 3')
    expect(overflowReport(found, new Map([[2, 'a'], [3, 'b']]), [])).toBeUndefined()
  })
})
