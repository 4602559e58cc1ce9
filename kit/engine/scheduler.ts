import type { Host, Replica } from './model'
import { isLive } from './metrics'

/** Slots taken on a host: every replica placed there, failed ones included until cleaned up. */
export function usedSlots(hostId: string, replicas: readonly Replica[]): number {
  return replicas.filter(r => r.hostId === hostId).length
}

/**
 * Picks the host for a new replica of `version`: an up host with a free slot,
 * preferring the one running the fewest live replicas of that version (then
 * the fewest of any version), so that one host failure takes out as few
 * replicas as possible, during an upgrade too. Ties go to the host listed
 * first, which keeps runs deterministic. Undefined when no host has room.
 */
export function pickHost(hosts: readonly Host[], replicas: readonly Replica[], version: string): Host | undefined {
  let best: Host | undefined
  let bestRank: readonly [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  for (const host of hosts) {
    if (!host.up || usedSlots(host.id, replicas) >= host.slots)
      continue
    const live = replicas.filter(r => r.hostId === host.id && isLive(r))
    const rank = [live.filter(r => r.version === version).length, live.length] as const
    if (rank[0] < bestRank[0] || (rank[0] === bestRank[0] && rank[1] < bestRank[1])) {
      best = host
      bestRank = rank
    }
  }
  return best
}

/**
 * Chooses which replicas to stop when there are too many: those not yet ready
 * first (they serve nothing), then those on the most crowded host, newest first.
 */
export function pickForRemoval(candidates: readonly Replica[], all: readonly Replica[], count: number): Replica[] {
  const liveOnHost = (hostId: string): number => all.filter(r => r.hostId === hostId && isLive(r)).length
  const ranked = [...candidates].sort((a, b) => {
    const readiness = Number(a.state === 'ready') - Number(b.state === 'ready')
    if (readiness !== 0)
      return readiness
    const crowding = liveOnHost(b.hostId) - liveOnHost(a.hostId)
    if (crowding !== 0)
      return crowding
    return replicaNumber(b) - replicaNumber(a)
  })
  return ranked.slice(0, Math.max(0, count))
}

function replicaNumber(replica: Replica): number {
  const match = /(\d+)$/.exec(replica.id)
  return match ? Number(match[1]) : 0
}
