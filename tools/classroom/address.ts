/**
 * Which address the classroom server binds in `--lan` mode: a pure choice over the shape of
 * `os.networkInterfaces()`, so it is tested on lists rather than on this machine's interfaces.
 */

export interface InterfaceAddress {
  address: string
  /** 'IPv4' | 'IPv6' (Node 18+), or 4 | 6 (some Node 18.0 builds). */
  family: string | number
  internal: boolean
}

export type NetworkInterfaces = Readonly<Record<string, readonly InterfaceAddress[] | undefined>>

export interface LanAddress {
  address: string
  interface: string
}

export interface LanChoice {
  /** The best candidate, or undefined when there is none. */
  chosen: LanAddress | undefined
  /** The other usable candidates, best first (offered to the instructor as `--host` values). */
  others: LanAddress[]
  /** Why each interface was left out, for the message when nothing is usable. */
  skipped: string[]
}

/**
 * Container bridges, virtual Ethernet pairs, VMs and VPNs: phones in the room cannot reach these.
 * Linux and macOS names begin with a short kind (macOS: bridge100 for Internet Sharing and VMs,
 * utun VPNs, awdl/llw AirDrop links); Windows gives adapters names that say what they are, in
 * the system's language, so those are matched anywhere in the name (Hyper-V and WSL add
 * `vEthernet (…)`).
 */
const VIRTUAL_PREFIX = /^(?:docker|br-|veth|virbr|vboxnet|vmnet|tun\d|tap\d|wg\d|utun\d|zt|tailscale|lo\d*$|bridge\d|awdl\d|llw\d|anpi\d|gif\d|stf\d|ipsec\d|ppp\d)/i
const VIRTUAL_NAME = /vethernet|hyper-v|\bwsl\b|virtualbox|vmware|docker|tailscale|zerotier|openvpn|wireguard|tap-windows|npcap|bluetooth|蓝牙|藍牙/i
/** Wi-Fi and wired Ethernet as Linux, macOS and Windows name them (`WLAN`, `以太网 2`, `Wi-Fi`, `en0`). */
const PHYSICAL_INTERFACE = /^(?:wlan|wlp|wl|eth|enp|eno|ens|enx|en\d|wi-fi|以太网|乙太網路|イーサネット)/i

function isVirtual(name: string): boolean {
  return VIRTUAL_PREFIX.test(name) || VIRTUAL_NAME.test(name)
}

function isIPv4(entry: InterfaceAddress): boolean {
  return entry.family === 'IPv4' || entry.family === 4
}

function octets(address: string): number[] {
  return address.split('.').map(Number)
}

export function isPrivateIPv4(address: string): boolean {
  const [a = -1, b = -1] = octets(address)
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

function isLinkLocalIPv4(address: string): boolean {
  const [a, b] = octets(address)
  return a === 169 && b === 254
}

/**
 * Picks the address phones in the room can reach: IPv4 only (a join link to a bare IPv6 address
 * is hard to type and often unroutable on classroom Wi-Fi), never loopback, link-local or a
 * virtual interface; a private address on a Wi-Fi or Ethernet interface first.
 */
export function chooseLanAddress(interfaces: NetworkInterfaces): LanChoice {
  const candidates: Array<LanAddress & { rank: number }> = []
  const skipped: string[] = []
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal)
        skipped.push(`${name} ${entry.address} (loopback)`)
      else if (isVirtual(name))
        skipped.push(`${name} ${entry.address} (container, VM or VPN interface)`)
      else if (!isIPv4(entry))
        skipped.push(`${name} ${entry.address} (IPv6)`)
      else if (isLinkLocalIPv4(entry.address))
        skipped.push(`${name} ${entry.address} (link-local: no network assigned an address)`)
      else
        candidates.push({ address: entry.address, interface: name, rank: (isPrivateIPv4(entry.address) ? 2 : 0) + (PHYSICAL_INTERFACE.test(name) ? 1 : 0) })
    }
  }
  // Stable: equal ranks keep the system's interface order.
  const ranked = candidates.sort((a, b) => b.rank - a.rank).map(({ address, interface: name }) => ({ address, interface: name }))
  return { chosen: ranked[0], others: ranked.slice(1), skipped }
}

/** The message when `chooseLanAddress` found nothing: what was seen and what to do. */
export function noLanAddressMessage(choice: LanChoice): string {
  const seen = choice.skipped.length > 0 ? `\n  interfaces seen: ${choice.skipped.join('; ')}` : ''
  return `no LAN address found: join the classroom Wi-Fi (or start a hotspot on this laptop) and try again, or name the address with --host ADDRESS${seen}`
}
