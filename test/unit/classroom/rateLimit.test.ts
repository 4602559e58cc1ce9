import { describe, expect, it } from 'vitest'
import { MessageWindow, TokenBucket } from '../../../tools/classroom/rateLimit'

describe('TokenBucket', () => {
  it('allows a burst, then refuses until time refills it at the set rate', () => {
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, 0)
    expect([1, 2, 3, 4].map(() => bucket.take(0))).toEqual([true, true, true, false])
    expect(bucket.take(400)).toBe(false)
    expect(bucket.take(500)).toBe(true)
    expect(bucket.take(500)).toBe(false)
    // A long pause refills no more than the burst.
    expect([1, 2, 3, 4].map(() => bucket.take(60_000))).toEqual([true, true, true, false])
  })
})

describe('MessageWindow', () => {
  it('counts every message in the window and says when it is over, then starts a new window', () => {
    const window = new MessageWindow({ windowMs: 1000, maxMessages: 3 }, 0)
    expect([0, 100, 200, 300].map(t => window.note(t))).toEqual([true, true, true, false])
    expect(window.note(999)).toBe(false)
    expect(window.note(1000)).toBe(true)
  })
})
