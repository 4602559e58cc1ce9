import { describe, expect, it } from 'vitest'
import { median, rotate } from '../../../tools/bench/stats'

describe('rotate', () => {
  it('takes the sides in turn, each the same number of times', () => {
    expect(rotate(['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'c', 'a', 'b', 'c'])
    expect(rotate(['a', 'b'], 3)).toEqual(['a', 'b', 'a', 'b', 'a', 'b'])
  })
})

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow(/no values/)
  })
})
