import { describe, expect, it } from 'vitest'
import { urlBreakParts } from '../../../kit/slides/urlBreaks'

describe('urlBreakParts: where a long address may wrap', () => {
  it('breaks after each slash (never inside "//") and before dots and query marks, losing nothing', () => {
    const url = 'https://kubernetes.club.tw/docs/concepts/workloads/controllers/deployment?tab=yaml&x=1#top'
    const parts = urlBreakParts(url)
    expect(parts.join('')).toBe(url)
    expect(parts).toEqual(['https://', 'kubernetes', '.club', '.tw/', 'docs/', 'concepts/', 'workloads/', 'controllers/', 'deployment', '?tab', '=yaml', '&x', '=1', '#top'])
  })

  it('keeps an address without break points whole', () => {
    expect(urlBreakParts('localhost')).toEqual(['localhost'])
  })
})
