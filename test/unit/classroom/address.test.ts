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

/** Recorded os.networkInterfaces() of laptops instructors bring (MACs and IPv6 scopes left out). */
describe('chooseLanAddress on Windows and macOS', () => {
  it('picks WLAN over vEthernet (WSL) and Hyper-V\'s switch on a Chinese Windows 11 with WSL', () => {
    const choice = chooseLanAddress({
      'vEthernet (WSL)': [{ address: 'fe80::8d3c:1a2b:3c4d:5e6f', family: 'IPv6', internal: false }, { address: '172.29.16.1', family: 'IPv4', internal: false }],
      'vEthernet (Default Switch)': [{ address: '172.20.240.1', family: 'IPv4', internal: false }],
      '以太网': [{ address: '169.254.77.12', family: 'IPv4', internal: false }],
      'VMware Network Adapter VMnet8': [{ address: '192.168.80.1', family: 'IPv4', internal: false }],
      'VirtualBox Host-Only Network': [{ address: '192.168.56.1', family: 'IPv4', internal: false }],
      '蓝牙网络连接': [{ address: '169.254.200.3', family: 'IPv4', internal: false }],
      'WLAN': [{ address: 'fe80::1c2d:3e4f:5a6b:7c8d', family: 'IPv6', internal: false }, { address: '192.168.31.105', family: 'IPv4', internal: false }],
      'Loopback Pseudo-Interface 1': [{ address: '::1', family: 'IPv6', internal: true }, { address: '127.0.0.1', family: 'IPv4', internal: true }],
    })
    expect(choice.chosen).toEqual({ address: '192.168.31.105', interface: 'WLAN' })
    expect(choice.others).toEqual([])
    expect(choice.skipped).toContain('vEthernet (WSL) 172.29.16.1 (container, VM or VPN interface)')
  })

  it('takes the wired 以太网 over a vEthernet listed before it', () => {
    const choice = chooseLanAddress({
      'vEthernet (WSL (Hyper-V firewall))': [{ address: '172.25.96.1', family: 'IPv4', internal: false }],
      '以太网 2': [{ address: '10.20.3.41', family: 'IPv4', internal: false }],
    })
    expect(choice.chosen).toEqual({ address: '10.20.3.41', interface: '以太网 2' })
    expect(choice.others).toEqual([])
  })

  it('keeps the hotspot Windows starts on the laptop (Local Area Connection*) as a candidate', () => {
    const choice = chooseLanAddress({
      'Local Area Connection* 10': [{ address: '192.168.137.1', family: 'IPv4', internal: false }],
      'Wi-Fi': [{ address: '169.254.1.9', family: 'IPv4', internal: false }],
    })
    expect(choice.chosen).toEqual({ address: '192.168.137.1', interface: 'Local Area Connection* 10' })
  })

  it('picks en0 over bridge100, utun, awdl and llw on a Mac', () => {
    const choice = chooseLanAddress({
      lo0: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      bridge100: [{ address: '192.168.64.1', family: 'IPv4', internal: false }],
      anpi0: [{ address: 'fe80::a1:b2ff:fec3:d4e5', family: 'IPv6', internal: false }],
      en0: [{ address: 'fe80::14a2:3b4c:5d6e:7f80', family: 'IPv6', internal: false }, { address: '192.168.0.8', family: 'IPv4', internal: false }],
      awdl0: [{ address: 'fe80::9c1d:2eff:fe3f:4a5b', family: 'IPv6', internal: false }],
      llw0: [{ address: 'fe80::9c1d:2eff:fe3f:4a5c', family: 'IPv6', internal: false }],
      utun0: [{ address: 'fe80::ce81:b1c:bd2c:69e', family: 'IPv6', internal: false }],
      utun4: [{ address: '10.6.0.2', family: 'IPv4', internal: false }],
    })
    expect(choice.chosen).toEqual({ address: '192.168.0.8', interface: 'en0' })
    expect(choice.others).toEqual([])
    expect(choice.skipped).toContain('bridge100 192.168.64.1 (container, VM or VPN interface)')
  })
})
