import { describe, expect, it } from 'vitest'
import { addressKey, Admission } from '../../../tools/classroom/admission'
import { classLimits, DEFAULT_LIMITS } from '../../../tools/classroom/server'

describe('addressKey', () => {
  it('counts IPv4 as it is, also when the socket reports it IPv4-mapped', () => {
    expect(addressKey('192.168.1.23')).toBe('192.168.1.23')
    expect(addressKey('::ffff:192.168.1.23')).toBe('192.168.1.23')
  })

  it('counts IPv6 by its /64: one device may hold any address in its network', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8:0001:0002:0:0:0:9')).toBe('2001:db8:1:2::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
  })
})

describe('Admission', () => {
  const limits = { maxConnections: 3, perAddressConnections: 2, perDevice: 1, classSize: 2, reservedSlots: 1 }

  it('caps connections per address and in all, and keeps slots for presenter devices', () => {
    const admission = new Admission(limits)
    expect(admission.connect('a', false)).toEqual({ ok: true })
    expect(admission.connect('a', false)).toEqual({ ok: true })
    expect(admission.connect('a', false)).toMatchObject({ ok: false, reason: expect.stringContaining('too many connections from your address') })
    expect(admission.connect('b', false)).toEqual({ ok: true })
    expect(admission.connect('c', false)).toEqual({ ok: false, reason: 'the classroom is full' })
    expect(admission.connect('c', true)).toEqual({ ok: true })
    expect(admission.connect('c', true)).toMatchObject({ ok: false })
    admission.disconnect('a', false)
    expect(admission.connect('c', false)).toEqual({ ok: true })
  })

  it('issues identities per address and per class, and counts what it refused', () => {
    const admission = new Admission(limits)
    expect(admission.issue('a')).toEqual({ ok: true })
    expect(admission.issue('a').ok).toBe(false)
    expect(admission.issue('b')).toEqual({ ok: true })
    expect(admission.issue('c')).toMatchObject({ ok: false, reason: expect.stringContaining('--class-size') })
    admission.seen('a', 'id-1')
    admission.seen('a', 'id-2')
    expect(admission.view()).toMatchObject({ identities: 2, refused: 2, addresses: [{ address: 'a', identities: 2, refused: 1 }, { address: 'c', refused: 1 }] })
  })
})

describe('classLimits', () => {
  it('raises an address\'s connection and socket caps with --per-device, for phones behind one NAT', () => {
    expect(classLimits({})).toMatchObject({ perDevice: DEFAULT_LIMITS.perDevice, perAddressConnections: DEFAULT_LIMITS.perAddressConnections })
    expect(classLimits({ perDevice: 60, classSize: 60 })).toEqual({ perDevice: 60, classSize: 60, perAddressConnections: 240, perAddressSockets: 960 })
  })
})
