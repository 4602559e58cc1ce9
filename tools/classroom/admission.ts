/**
 * Who may connect and who may be issued a student identity, counted per source address (the
 * socket's remoteAddress, never a header a client writes). Pure: the server calls it at each
 * upgrade, close and `hello`, and reads the counts for the remote.
 */

export interface AdmissionLimits {
  /** Open connections in all, presenter devices aside. */
  maxConnections: number
  /** Open connections from one source address (a phone reloading holds two for a moment). */
  perAddressConnections: number
  /** Student identities issued to one source address (`--per-device`). */
  perDevice: number
  /** Student identities issued in all (`--class-size`). */
  classSize: number
  /** Connections kept for presenter devices, beyond `maxConnections`. */
  reservedSlots: number
}

export type Admit = { ok: true } | { ok: false, reason: string }

interface AddressRecord {
  connections: number
  /** Identities issued to this address. */
  issued: number
  /** Identities seen here: issued here, or presented again (a phone that changed network). */
  identities: Set<string>
  refused: number
}

export interface AddressView {
  address: string
  identities: number
  connections: number
  refused: number
}

export interface AdmissionView {
  identities: number
  classSize: number
  perDevice: number
  refused: number
  addresses: AddressView[]
}

/** Addresses with nothing open and no identity are forgotten beyond this many (a v6 /64 has plenty). */
const REMEMBERED_IDLE_ADDRESSES = 4096

export class Admission {
  private readonly addresses = new Map<string, AddressRecord>()
  private open = 0
  private reservedOpen = 0
  private issued = 0
  private refusedInAll = 0

  constructor(readonly limits: AdmissionLimits) {}

  private record(address: string): AddressRecord {
    let record = this.addresses.get(address)
    if (!record) {
      if (this.addresses.size >= REMEMBERED_IDLE_ADDRESSES)
        this.forgetIdle()
      record = { connections: 0, issued: 0, identities: new Set(), refused: 0 }
      this.addresses.set(address, record)
    }
    return record
  }

  private forgetIdle(): void {
    for (const [address, record] of this.addresses) {
      if (record.connections === 0 && record.identities.size === 0)
        this.addresses.delete(address)
    }
  }

  private refuse(record: AddressRecord, reason: string): Admit {
    record.refused++
    this.refusedInAll++
    return { ok: false, reason }
  }

  /** A new connection from `address`; `presenterDevice` ones use the kept slots. */
  connect(address: string, presenterDevice: boolean): Admit {
    if (presenterDevice) {
      if (this.reservedOpen >= this.limits.reservedSlots)
        return { ok: false, reason: 'too many presenter connections' }
      this.reservedOpen++
      return { ok: true }
    }
    const record = this.record(address)
    if (record.connections >= this.limits.perAddressConnections)
      return this.refuse(record, 'too many connections from your address: close other tabs, or ask the instructor')
    if (this.open >= this.limits.maxConnections)
      return this.refuse(record, 'the classroom is full')
    record.connections++
    this.open++
    return { ok: true }
  }

  disconnect(address: string, presenterDevice: boolean): void {
    if (presenterDevice) {
      this.reservedOpen = Math.max(0, this.reservedOpen - 1)
      return
    }
    const record = this.addresses.get(address)
    if (record && record.connections > 0) {
      record.connections--
      this.open--
    }
  }

  /** May `address` be issued one more identity? Counts it when yes. */
  issue(address: string): Admit {
    const record = this.record(address)
    if (record.issued >= this.limits.perDevice)
      return this.refuse(record, `this address has ${record.issued} student identities already: one device, one vote (the instructor can raise --per-device)`)
    if (this.issued >= this.limits.classSize)
      return this.refuse(record, `the class has ${this.issued} student identities already (the instructor can raise --class-size)`)
    record.issued++
    this.issued++
    return { ok: true }
  }

  /** Notes that identity `id` is in use at `address` (issued there or presented again). */
  seen(address: string, id: string): void {
    this.record(address).identities.add(id)
  }

  /** Open connections, presenter devices aside. */
  get connections(): number {
    return this.open
  }

  view(): AdmissionView {
    const addresses = [...this.addresses]
      .filter(([, r]) => r.connections > 0 || r.identities.size > 0 || r.refused > 0)
      .map(([address, r]) => ({ address, identities: r.identities.size, connections: r.connections, refused: r.refused }))
      // The crowded and the refused first: that is what the instructor looks for.
      .sort((a, b) => b.identities - a.identities || b.refused - a.refused || b.connections - a.connections)
    return { identities: this.issued, classSize: this.limits.classSize, perDevice: this.limits.perDevice, refused: this.refusedInAll, addresses }
  }
}

/**
 * The key a source address is counted under: IPv4 as it is (also when the socket reports it
 * IPv4-mapped), IPv6 by its /64, since one device may hold any number of addresses in its own
 * network's /64.
 */
export function addressKey(remoteAddress: string | undefined): string {
  if (remoteAddress === undefined || remoteAddress === '')
    return 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress)
  if (mapped)
    return mapped[1]!
  if (!remoteAddress.includes(':'))
    return remoteAddress
  const [head = '', tail] = remoteAddress.toLowerCase().split('%')[0]!.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const groups = tail === undefined ? left : [...left, ...Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0'), ...right]
  return `${groups.slice(0, 4).map(g => g.replace(/^0+(?=.)/, '')).join(':')}::/64`
}
