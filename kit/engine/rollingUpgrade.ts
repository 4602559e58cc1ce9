import type { Host, Replica, RolloutPolicy } from './model'
import { isLive } from './metrics'
import { pickForRemoval, pickHost } from './scheduler'

export interface ReplicaPlan {
  readonly hosts: readonly Host[]
  readonly replicas: readonly Replica[]
  readonly desiredReplicas: number
  readonly targetVersion: string
  readonly rollout: RolloutPolicy
  readonly nextReplicaNumber: number
}

export interface ReconciledReplicas {
  readonly replicas: readonly Replica[]
  readonly nextReplicaNumber: number
}

/**
 * Both surge and unavailability at zero could never make progress, so such a
 * policy is read as a surge of one, as Kubernetes refuses it outright.
 */
export function effectiveRollout(policy: RolloutPolicy): RolloutPolicy {
  const maxUnavailable = Math.max(0, Math.floor(policy.maxUnavailable))
  const maxSurge = Math.max(0, Math.floor(policy.maxSurge))
  return { maxUnavailable, maxSurge: maxSurge === 0 && maxUnavailable === 0 ? 1 : maxSurge }
}

/**
 * One pass of the replica controller, the way a Deployment works:
 * 1. stop up-to-date replicas beyond the desired count (scale in);
 * 2. start up-to-date replicas until the desired count, allowing `maxSurge`
 *    extra replicas while old ones still exist;
 * 3. stop old-version replicas only as long as at least
 *    `desired - maxUnavailable` replicas stay ready.
 * Without an upgrade in progress this is plain scaling and rescheduling:
 * replicas lost with a failed host are started on other hosts if they have room.
 */
export function reconcileReplicas(plan: ReplicaPlan): ReconciledReplicas {
  const { maxSurge, maxUnavailable } = effectiveRollout(plan.rollout)
  const desired = Math.max(0, plan.desiredReplicas)
  let replicas = [...plan.replicas]
  let nextReplicaNumber = plan.nextReplicaNumber

  const terminate = (chosen: readonly Replica[]): void => {
    const ids = new Set(chosen.map(r => r.id))
    replicas = replicas.map(r => ids.has(r.id) ? { ...r, state: 'terminating', ticksInState: 0, servedLastTick: 0 } : r)
  }
  const current = (): readonly Replica[] => replicas.filter(isLive).filter(r => r.version === plan.targetVersion)
  const outdated = (): readonly Replica[] => replicas.filter(isLive).filter(r => r.version !== plan.targetVersion)

  const excess = current().length - desired
  if (excess > 0)
    terminate(pickForRemoval(current(), replicas, excess))

  const liveLimit = outdated().length > 0 ? desired + maxSurge : desired
  let toStart = Math.min(desired - current().length, liveLimit - replicas.filter(isLive).length)
  while (toStart > 0) {
    const host = pickHost(plan.hosts, replicas, plan.targetVersion)
    if (!host)
      break
    replicas.push({
      id: `replica-${nextReplicaNumber}`,
      hostId: host.id,
      version: plan.targetVersion,
      state: 'starting',
      ticksInState: 0,
      servedLastTick: 0,
    })
    nextReplicaNumber += 1
    toStart -= 1
  }

  if (outdated().length > 0) {
    // Old replicas that are not ready serve nothing, so stopping them costs no availability.
    terminate(outdated().filter(r => r.state !== 'ready'))
    const ready = replicas.filter(r => r.state === 'ready').length
    const stoppable = ready - Math.max(0, desired - maxUnavailable)
    if (stoppable > 0)
      terminate(pickForRemoval(outdated(), replicas, stoppable))
  }

  return { replicas, nextReplicaNumber }
}

/** Progress of an upgrade: up-to-date ready replicas against the desired count. */
export function rolloutProgress(replicas: readonly Replica[], targetVersion: string, desired: number): { readonly updated: number, readonly outdated: number, readonly done: boolean } {
  const updated = replicas.filter(r => r.state === 'ready' && r.version === targetVersion).length
  const outdated = replicas.filter(r => isLive(r) && r.version !== targetVersion).length
  return { updated, outdated, done: outdated === 0 && updated >= desired }
}
