import type { Replica, ReplicaState, TickTraffic, TrafficTally } from './model'

export const EMPTY_TALLY: TrafficTally = { offered: 0, served: 0, dropped: 0, ticks: 0, outageTicks: 0 }

export function trafficOf(offered: number, served: number): TickTraffic {
  return { offered, served, dropped: offered - served }
}

export function addToTally(tally: TrafficTally, tick: TickTraffic): TrafficTally {
  return {
    offered: tally.offered + tick.offered,
    served: tally.served + tick.served,
    dropped: tally.dropped + tick.dropped,
    ticks: tally.ticks + 1,
    outageTicks: tally.outageTicks + (tick.offered > 0 && tick.served === 0 ? 1 : 0),
  }
}

/** Share of offered requests that were served; 1 when nothing was offered. */
export function availability(traffic: TickTraffic): number {
  return traffic.offered === 0 ? 1 : traffic.served / traffic.offered
}

export function countByState(replicas: readonly Replica[]): Record<ReplicaState, number> {
  const counts: Record<ReplicaState, number> = { starting: 0, ready: 0, terminating: 0, failed: 0 }
  for (const replica of replicas)
    counts[replica.state] += 1
  return counts
}

export function countByVersion(replicas: readonly Replica[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const replica of replicas)
    counts.set(replica.version, (counts.get(replica.version) ?? 0) + 1)
  return counts
}

/** Replicas that are or will soon be serving: the ones the controller counts. */
export function isLive(replica: Replica): boolean {
  return replica.state === 'starting' || replica.state === 'ready'
}
