import { randomBytes } from 'node:crypto'
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { identityKeyPath, loadIdentityKey, StudentIdentities } from '../../../tools/classroom/studentIdentity'

describe('StudentIdentities', () => {
  it('takes back the identities it issued and nothing else', () => {
    const identities = new StudentIdentities(randomBytes(32))
    const { id, token } = identities.issue()
    expect(token).toMatch(/^[\w-]{22}\.[\w-]{43}$/)
    expect(identities.verify(token)).toBe(id)
    expect(identities.verify(`${id}.${'A'.repeat(43)}`)).toBeUndefined()
    expect(identities.verify(`${token}.x`)).toBeUndefined()
    expect(identities.verify(id)).toBeUndefined()
    // Another class session's key signs other identities.
    expect(new StudentIdentities(randomBytes(32)).verify(token)).toBeUndefined()
  })
})

describe('loadIdentityKey', () => {
  it('makes the key beside the log once, readable by its owner only, and reads it back', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'class-key-')), 'class-2026.jsonl')
    const made = await loadIdentityKey(log)
    expect(made.created).toBe(true)
    expect(identityKeyPath(log)).toBe(log.replace(/\.jsonl$/, '.key'))
    expect(statSync(identityKeyPath(log)).mode & 0o777).toBe(0o600)
    const again = await loadIdentityKey(log)
    expect(again).toEqual({ key: made.key, created: false })
  })

  it('refuses a key file of the wrong size, saying what to do', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'class-key-')), 'class-2026.jsonl')
    writeFileSync(identityKeyPath(log), 'short')
    await expect(loadIdentityKey(log)).rejects.toThrow(/is not an identity key \(5 bytes, expected 32\); move it away/)
  })
})
