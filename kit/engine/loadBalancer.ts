import type { Replica } from './model'

export interface BalancedTraffic {
  readonly served: number
  /** Requests served by each ready replica, by replica id. */
  readonly servedByReplica: ReadonlyMap<string, number>
}

/**
 * Spreads the offered requests evenly over the ready replicas (the only ones
 * the access address routes to); each serves up to its capacity and the rest
 * is dropped. With equal replicas an even spread is also the best possible one.
 */
export function balanceRequests(offered: number, replicas: readonly Replica[], replicaCapacity: number): BalancedTraffic {
  const ready = replicas.filter(r => r.state === 'ready')
  const servedByReplica = new Map<string, number>()
  if (ready.length === 0)
    return { served: 0, servedByReplica }
  const share = Math.floor(offered / ready.length)
  const remainder = offered % ready.length
  let served = 0
  ready.forEach((replica, index) => {
    const assigned = share + (index < remainder ? 1 : 0)
    const handled = Math.min(assigned, replicaCapacity)
    servedByReplica.set(replica.id, handled)
    served += handled
  })
  return { served, servedByReplica }
}
