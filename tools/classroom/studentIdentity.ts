/**
 * Student identities, issued by the server: a random id and the server's HMAC of it. A phone
 * presents its identity again on every reconnection, from any address; the server takes only
 * identities it signed, so a client cannot choose who it is. The key lives beside the class log
 * (class-….key next to class-….jsonl), so identities outlive a restart with --resume.
 */
import { Buffer } from 'node:buffer'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { open, readFile } from 'node:fs/promises'

const ID_BYTES = 16
const KEY_BYTES = 32

export class IdentityKeyError extends Error {
  override name = 'IdentityKeyError'
}

export interface IssuedIdentity {
  /** What the phone keeps and presents: `id.mac`. */
  token: string
  /** The id the server counts answers by. */
  id: string
}

export class StudentIdentities {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES)
      throw new IdentityKeyError(`an identity key has ${KEY_BYTES} bytes, this one ${key.length}`)
  }

  private mac(id: string): Buffer {
    return createHmac('sha256', this.key).update(id).digest()
  }

  issue(): IssuedIdentity {
    const id = randomBytes(ID_BYTES).toString('base64url')
    return { id, token: `${id}.${this.mac(id).toString('base64url')}` }
  }

  /** The id of an identity this server issued; undefined for anything else. */
  verify(token: string): string | undefined {
    const [id, mac, extra] = token.split('.')
    if (id === undefined || mac === undefined || extra !== undefined || !/^[\w-]{22}$/.test(id))
      return undefined
    const expected = this.mac(id)
    const given = Buffer.from(mac, 'base64url')
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined
  }
}

/** The key file of a class log: the log's name with `.key` for `.jsonl`. */
export function identityKeyPath(logFile: string): string {
  return logFile.replace(/\.jsonl$/, '.key')
}

/**
 * The class session's identity key: read from beside the log, or made (readable by this user
 * only, on disk before any identity is issued) when the session is new or its key is missing.
 */
export async function loadIdentityKey(logFile: string): Promise<{ key: Buffer, created: boolean }> {
  const file = identityKeyPath(logFile)
  try {
    const key = await readFile(file)
    if (key.length !== KEY_BYTES)
      throw new IdentityKeyError(`${file} is not an identity key (${key.length} bytes, expected ${KEY_BYTES}); move it away and start again (phones then get new identities)`)
    return { key, created: false }
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw error
  }
  const key = randomBytes(KEY_BYTES)
  const handle = await open(file, 'wx', 0o600)
  try {
    await handle.write(key)
    await handle.sync()
  }
  finally {
    await handle.close()
  }
  return { key, created: true }
}
