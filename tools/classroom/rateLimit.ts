/**
 * A token bucket per connection: `burst` messages at once, then `perSecond` on average. The clock
 * is passed in, so tests need no timers.
 */
export interface RateLimit {
  burst: number
  perSecond: number
}

export class TokenBucket {
  private tokens: number
  private last: number

  constructor(private readonly limit: RateLimit, now: number) {
    this.tokens = limit.burst
    this.last = now
  }

  /** Takes one token if there is one; `now` in milliseconds. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000
    this.tokens = Math.min(this.limit.burst, this.tokens + elapsed * this.limit.perSecond)
    this.last = now
    if (this.tokens < 1)
      return false
    this.tokens -= 1
    return true
  }
}
