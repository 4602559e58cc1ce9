import type { AutoscalerPolicy, ClusterConfig, ClusterState, Host, Replica, RolloutPolicy, SimEvent } from './model'
import { decideReplicas } from './autoscaler'
import { balanceRequests } from './loadBalancer'
import { addToTally, EMPTY_TALLY, trafficOf } from './metrics'
import { reconcileReplicas } from './rollingUpgrade'

export interface ClusterSetup {
  readonly config: ClusterConfig
  /** Slots of each host, in order; hosts are named host-1, host-2, … */
  readonly hostSlots: readonly number[]
  readonly replicas: number
  readonly version: string
  readonly rollout: RolloutPolicy
  readonly autoscaler: AutoscalerPolicy
}

/** A cluster in steady state: the replicas already placed, spread and ready. */
export function createCluster(setup: ClusterSetup): ClusterState {
  const hosts: Host[] = setup.hostSlots.map((slots, index) => ({ id: `host-${index + 1}`, slots, up: true }))
  const placed = reconcileReplicas({
    hosts,
    replicas: [],
    desiredReplicas: setup.replicas,
    targetVersion: setup.version,
    rollout: setup.rollout,
    nextReplicaNumber: 1,
  })
  return {
    config: setup.config,
    hosts,
    replicas: placed.replicas.map(r => ({ ...r, state: 'ready' })),
    desiredReplicas: setup.replicas,
    targetVersion: setup.version,
    rollout: setup.rollout,
    autoscaler: setup.autoscaler,
    recommendations: [],
    nextReplicaNumber: placed.nextReplicaNumber,
    lastTick: trafficOf(0, 0),
    phase: EMPTY_TALLY,
  }
}

/** Applies an instructor's event; time does not pass (see advanceCluster). */
export function applyClusterEvent(cluster: ClusterState, event: SimEvent): ClusterState {
  switch (event.kind) {
    case 'hostDown':
      return {
        ...cluster,
        hosts: cluster.hosts.map(h => h.id === event.hostId ? { ...h, up: false } : h),
        replicas: cluster.replicas.map(r => r.hostId === event.hostId && r.state !== 'failed' ? fail(r) : r),
      }
    case 'hostUp':
      return { ...cluster, hosts: cluster.hosts.map(h => h.id === event.hostId ? { ...h, up: true } : h) }
    case 'containerCrash':
      return {
        ...cluster,
        replicas: cluster.replicas.map(r => r.id === event.replicaId && r.state !== 'failed' ? fail(r) : r),
      }
    case 'startUpgrade':
      return { ...cluster, targetVersion: event.version, rollout: event.policy ?? cluster.rollout }
    case 'setAutoscaling':
      return { ...cluster, autoscaler: { ...cluster.autoscaler, enabled: event.enabled }, recommendations: [] }
    case 'setLoad':
      return cluster
  }
}

/**
 * One tick of the cluster: replicas age (starting ones pass their readiness
 * check, terminating and failed ones go away), the controller reconciles
 * replicas, the balancer serves `offered` requests through ready replicas, and
 * the autoscaler reads the utilisation it caused.
 */
export function advanceCluster(cluster: ClusterState, offered: number): ClusterState {
  const { config } = cluster
  const hostUp = new Map(cluster.hosts.map(h => [h.id, h.up]))
  const aged: Replica[] = []
  for (const replica of cluster.replicas) {
    const next = { ...replica, ticksInState: replica.ticksInState + 1 }
    if (next.state === 'terminating' && next.ticksInState >= config.terminationTicks)
      continue
    if (next.state === 'failed' && next.ticksInState >= config.failedRetentionTicks)
      continue
    if (next.state === 'starting' && next.ticksInState >= config.startupTicks && hostUp.get(next.hostId) === true)
      aged.push({ ...next, state: 'ready', ticksInState: 0 })
    else
      aged.push(next)
  }

  const reconciled = reconcileReplicas({
    hosts: cluster.hosts,
    replicas: aged,
    desiredReplicas: cluster.desiredReplicas,
    targetVersion: cluster.targetVersion,
    rollout: cluster.rollout,
    nextReplicaNumber: cluster.nextReplicaNumber,
  })

  const balanced = balanceRequests(offered, reconciled.replicas, config.replicaCapacity)
  const replicas = reconciled.replicas.map(r => ({ ...r, servedLastTick: balanced.servedByReplica.get(r.id) ?? 0 }))
  const lastTick = trafficOf(offered, balanced.served)

  const scaling = decideReplicas({
    policy: cluster.autoscaler,
    desiredReplicas: cluster.desiredReplicas,
    readyReplicas: replicas.filter(r => r.state === 'ready').length,
    served: balanced.served,
    replicaCapacity: config.replicaCapacity,
    recommendations: cluster.recommendations,
  })

  return {
    ...cluster,
    replicas,
    nextReplicaNumber: reconciled.nextReplicaNumber,
    desiredReplicas: scaling.desiredReplicas,
    recommendations: scaling.recommendations,
    lastTick,
    phase: addToTally(cluster.phase, lastTick),
  }
}

/**
 * Replicas missing from the desired count because no host has a free slot.
 * Replicas of an older version still count during an upgrade: they serve.
 */
export function pendingReplicas(cluster: ClusterState): number {
  const live = cluster.replicas.filter(r => r.state === 'starting' || r.state === 'ready').length
  return Math.max(0, cluster.desiredReplicas - live)
}

function fail(replica: Replica): Replica {
  return { ...replica, state: 'failed', ticksInState: 0, servedLastTick: 0 }
}
