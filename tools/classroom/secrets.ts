import type { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 random bytes in base64url: a presenter token or session (matches the protocol's secretSchema). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

/**
 * Compares a secret a browser sent with the real one in constant time: both are hashed first,
 * so neither their content nor their length shows in the time taken.
 */
export function sameSecret(sent: string, real: string): boolean {
  return timingSafeEqual(digest(sent), digest(real))
}

/** The only form in which a student id is kept, in memory and in the log. */
export function hashStudentId(studentId: string): string {
  return createHash('sha256').update(studentId).digest('base64url')
}

/**
 * Presenter sessions, kept as hashes: a lookup is by digest, which tells nothing about how close
 * a guess came.
 */
export class Sessions {
  private readonly hashes = new Set<string>()

  create(): string {
    const session = newSecret()
    this.hashes.add(digest(session).toString('base64url'))
    return session
  }

  has(session: string): boolean {
    return this.hashes.has(digest(session).toString('base64url'))
  }
}
