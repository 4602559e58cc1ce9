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

export interface FloodLimit {
  /** The window, in milliseconds. */
  windowMs: number
  /** Messages a connection may send in one window, accepted or dropped; one more closes it. */
  maxMessages: number
}

/**
 * Every message a connection sent in the current fixed window, accepted or dropped: a socket
 * that keeps sending just under what the bucket drops is still closed once its window overflows.
 */
export class MessageWindow {
  private start: number
  private count = 0

  constructor(private readonly limit: FloodLimit, now: number) {
    this.start = now
  }

  /** Counts one message; false when this window is over its limit. */
  note(now: number): boolean {
    if (now - this.start >= this.limit.windowMs) {
      this.start = now
      this.count = 0
    }
    this.count++
    return this.count <= this.limit.maxMessages
  }
}
