import type { NetworkInterfaces } from '../../../tools/classroom/address'
import { describe, expect, it } from 'vitest'
import { chooseLanAddress, noLanAddressMessage } from '../../../tools/classroom/address'

const loopback = { lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }, { address: '::1', family: 'IPv6', internal: true }] }

describe('chooseLanAddress', () => {
  it('picks the Wi-Fi address over Docker, bridges, VPNs and link-local addresses', () => {
    const interfaces: NetworkInterfaces = {
      ...loopback,
      'docker0': [{ address: '172.17.0.1', family: 'IPv4', internal: false }],
      'br-5f2a': [{ address: '172.18.0.1', family: 'IPv4', internal: false }],
      'veth12ab': [{ address: '169.254.3.3', family: 'IPv4', internal: false }],
      'tailscale0': [{ address: '100.101.1.2', family: 'IPv4', internal: false }],
      'wg0': [{ address: '10.8.0.2', family: 'IPv4', internal: false }],
      'eth1': [{ address: '169.254.10.1', family: 'IPv4', internal: false }],
      'wlp2s0': [{ address: 'fe80::1', family: 'IPv6', internal: false }, { address: '192.168.1.23', family: 'IPv4', internal: false }],
    }
    const choice = chooseLanAddress(interfaces)
    expect(choice.chosen).toEqual({ address: '192.168.1.23', interface: 'wlp2s0' })
    expect(choice.others).toEqual([])
  })

  it('prefers a private address on a physical interface, then any private one, then others', () => {
    const choice = chooseLanAddress({
      enx00: [{ address: '203.0.113.5', family: 'IPv4', internal: false }],
      usb0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }],
      en0: [{ address: '172.20.1.4', family: 4, internal: false }],
    })
    expect([choice.chosen, ...choice.others].map(a => a?.interface)).toEqual(['en0', 'usb0', 'enx00'])
  })

  it('finds nothing on a laptop with only loopback and container interfaces, and says what to do', () => {
    const choice = chooseLanAddress({ ...loopback, docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false }], utun3: [{ address: '10.1.1.1', family: 'IPv4', internal: false }] })
    expect(choice.chosen).toBeUndefined()
    const message = noLanAddressMessage(choice)
    expect(message).toMatch(/^no LAN address found: join the classroom Wi-Fi .* or name the address with --host ADDRESS/)
    expect(message).toContain('docker0 172.17.0.1 (container, VM or VPN interface)')
  })
})
