import type { ClusterState, Host, Replica, SingleContainerState } from './model'

/** What one host card shows: its replicas in a stable order and its free slots. */
export interface HostView {
  readonly id: string
  /** 1-based position, for labels such as "主机 1". */
  readonly number: number
  readonly up: boolean
  readonly replicas: readonly Replica[]
  readonly freeSlots: number
}

export function hostViews(cluster: ClusterState): HostView[] {
  return cluster.hosts.map((host: Host, index) => {
    const replicas = cluster.replicas
      .filter(r => r.hostId === host.id)
      .sort((a, b) => replicaNumber(a.id) - replicaNumber(b.id))
    return { id: host.id, number: index + 1, up: host.up, replicas, freeSlots: Math.max(0, host.slots - replicas.length) }
  })
}

/**
 * A share as a percentage for the audience. Rounded down to one decimal, so
 * that any dropped request keeps it below "100%": 99.97 % shows as 99.9%.
 */
export function formatPercent(share: number): string {
  const tenths = Math.floor(Math.max(0, Math.min(1, share)) * 1000)
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${(tenths / 10).toFixed(1)}%`
}

/** The version after `version` (v1 → v2), for the free-play upgrade button. */
export function nextVersion(version: string): string {
  const match = /^(\D*)(\d+)$/.exec(version)
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}-next`
}

function replicaNumber(id: string): number {
  const match = /(\d+)$/.exec(id)
  return match ? Number(match[1]) : 0
}

/** Position of a version in the palette, so v1, v2, v3 … each get their own tone. */
export function versionTone(version: string, tones: number): number {
  const match = /(\d+)$/.exec(version)
  const number = match ? Number(match[1]) : 0
  return ((number - 1) % tones + tones) % tones
}

/** The single container drawn like a cluster host holding one replica. */
export function singleContainerHost(single: SingleContainerState): HostView {
  const replica: Replica = {
    id: 'single-container',
    hostId: single.hostId,
    version: single.version,
    state: single.state,
    ticksInState: single.ticksInState,
    servedLastTick: single.lastTick.served,
  }
  return { id: single.hostId, number: 1, up: single.hostUp, replicas: [replica], freeSlots: 0 }
}
