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
 * Presenter sessions, one per presenter device (a browser that exchanged the link's token),
 * kept as hashes: a lookup is by digest, which tells nothing about how close a guess came. Each
 * has a short public handle, for the remote's list and for revoking it.
 */
export class Sessions {
  private readonly devices = new Map<string, string>()

  create(): { session: string, device: string } {
    const session = newSecret()
    const device = randomBytes(9).toString('base64url')
    this.devices.set(digest(session).toString('base64url'), device)
    return { session, device }
  }

  /** The device holding `session`, if the session is valid. */
  device(session: string): string | undefined {
    return this.devices.get(digest(session).toString('base64url'))
  }

  has(session: string): boolean {
    return this.device(session) !== undefined
  }

  /** Ends a device's session; false when there was none. */
  revoke(device: string): boolean {
    for (const [hash, held] of this.devices) {
      if (held === device)
        return this.devices.delete(hash)
    }
    return false
  }

  /** Ends every session: the class is over. */
  clear(): void {
    this.devices.clear()
  }

  list(): string[] {
    return [...this.devices.values()]
  }
}
