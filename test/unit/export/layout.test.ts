import { describe, expect, it } from 'vitest'
import { A4, HANDOUT_LAYOUTS, handoutPageCount, layoutHandout, layoutNotesPage } from '../../../tools/export/layout'

describe('handout layout', () => {
  it('puts three slides on a page and numbers every slide once', () => {
    expect([1, 3, 4, 17].map(count => handoutPageCount(count))).toEqual([1, 1, 2, 6])
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

describe.each(HANDOUT_LAYOUTS)('handout layout %s', (layout) => {
  const perPage = Number.parseInt(layout)

  it('puts its number of slides on a page, every slide once, in order', () => {
    expect([1, perPage, perPage + 1, 22].map(count => handoutPageCount(count, layout)))
      .toEqual([1, 1, 2, Math.ceil(22 / perPage)])
    const pages = layoutHandout(22, 16 / 9, layout)
    expect(pages.map(page => page.rows.length).slice(0, -1).every(n => n === perPage)).toBe(true)
    expect(pages.flatMap(page => page.rows.map(row => row.slideNo))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1))
  })

  it('keeps every slide and its caption on the page, none overlapping another', () => {
    for (const { rows } of layoutHandout(22, 16 / 9, layout)) {
      for (const [index, { slide }] of rows.entries()) {
        expect(slide.left).toBeGreaterThanOrEqual(40)
        expect(slide.left + slide.width).toBeLessThanOrEqual(A4.width - 40)
        expect(slide.top + slide.height + 14).toBeLessThan(A4.height - 56)
        for (const other of rows.slice(index + 1).map(row => row.slide)) {
          const apart = other.left >= slide.left + slide.width || other.top >= slide.top + slide.height + 14
          expect(apart).toBe(true)
        }
      }
    }
  })
})

it('prints 2-up slides large enough that a 16 px label on the 980 px canvas is at least 8 pt on paper', () => {
  const { slide } = layoutHandout(1, 16 / 9, '2up')[0]!.rows[0]!
  // 980 px of canvas (735 pt at 0.75 pt a px) are scaled to the box's width in pt.
  expect(16 * 0.75 * (slide.width / 735)).toBeGreaterThanOrEqual(8)
})

describe('notes layout', () => {
  it('leaves room under the slide for the notes', () => {
    const layout = layoutNotesPage(16 / 9)
    expect(layout.body.top).toBeGreaterThan(layout.slide.top + layout.slide.height)
    expect(layout.body.height).toBeGreaterThan(A4.height / 3)
    expect(layout.footerTop).toBeLessThan(A4.height)
  })
})
