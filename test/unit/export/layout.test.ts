import { describe, expect, it } from 'vitest'
import { A4, handoutPageCount, layoutHandout, layoutNotesPage, pageLabel } from '../../../tools/export/layout'

describe('handout layout', () => {
  it('puts three slides on a page and numbers every slide once', () => {
    expect([1, 3, 4, 17].map(handoutPageCount)).toEqual([1, 1, 2, 6])
    const pages = layoutHandout(17, 16 / 9)
    expect(pages).toHaveLength(6)
    expect(pages.flatMap(page => page.rows.map(row => row.slideNo))).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
    expect(pages.at(-1)!.rows).toHaveLength(2)
  })

  it('keeps slides inside the page, beside their lines, without overlapping', () => {
    for (const { rows } of layoutHandout(6, 16 / 9)) {
      rows.forEach((row, index) => {
        const { slide } = row
        expect(slide.left).toBeGreaterThan(0)
        expect(slide.left + slide.width).toBeLessThan(row.linesLeft)
        expect(row.linesRight).toBeLessThan(A4.width)
        expect(slide.width / slide.height).toBeCloseTo(16 / 9)
        expect(row.lines.length).toBeGreaterThanOrEqual(6)
        const next = rows[index + 1]
        if (next)
          expect(Math.max(slide.top + slide.height, ...row.lines)).toBeLessThan(next.slide.top)
      })
    }
  })
})

describe('notes layout', () => {
  it('leaves room under the slide for the notes', () => {
    const layout = layoutNotesPage(16 / 9)
    expect(layout.body.top).toBeGreaterThan(layout.slide.top + layout.slide.height)
    expect(layout.body.height).toBeGreaterThan(A4.height / 3)
    expect(layout.footerTop).toBeLessThan(A4.height)
  })
})

it('labels pages in Chinese', () => {
  expect(pageLabel(2, 7)).toBe('第 2 页 / 共 7 页')
})
