/**
 * The vocabulary of the cluster simulation: hosts, replicas, the single
 * container they are compared with, and the events an instructor can trigger.
 * Every state is a plain immutable value, so a step can be replayed anywhere.
 */

/** Lifecycle of one container instance. */
export type ReplicaState = 'starting' | 'ready' | 'terminating' | 'failed'

export const REPLICA_STATES: readonly ReplicaState[] = ['ready', 'starting', 'terminating', 'failed']

export interface Host {
  readonly id: string
  /** Container slots: how many replicas (in any state) the host can hold. */
  readonly slots: number
  readonly up: boolean
}

export interface Replica {
  readonly id: string
  readonly hostId: string
  readonly version: string
  readonly state: ReplicaState
  /** Ticks spent in the current state; drives readiness and clean-up. */
  readonly ticksInState: number
  /** Requests this replica served in the last tick (0 unless ready). */
  readonly servedLastTick: number
}

export interface RolloutPolicy {
  /** How many replicas below the desired count may be unready during an upgrade. */
  readonly maxUnavailable: number
  /** How many replicas above the desired count may exist during an upgrade. */
  readonly maxSurge: number
}

export interface AutoscalerPolicy {
  readonly enabled: boolean
  readonly minReplicas: number
  readonly maxReplicas: number
  /** Utilisation (served / capacity of ready replicas) the autoscaler aims for, 0…1. */
  readonly targetUtilisation: number
  /** Relative deviation from the target that is tolerated without scaling. */
  readonly tolerance: number
  /** Scale-down uses the highest recommendation of this many recent ticks, to avoid flapping. */
  readonly scaleDownWindowTicks: number
}

export interface ClusterConfig {
  /** Requests one ready replica serves per tick. */
  readonly replicaCapacity: number
  /** Ticks from creation until the readiness check passes. */
  readonly startupTicks: number
  /** Ticks of graceful shutdown. */
  readonly terminationTicks: number
  /** Ticks a failed replica stays on its host (and visible) before it is cleaned up. */
  readonly failedRetentionTicks: number
}

/** Requests offered, served and dropped during one tick. */
export interface TickTraffic {
  readonly offered: number
  readonly served: number
  readonly dropped: number
}

/** Traffic added up over several ticks. */
export interface TrafficTally extends TickTraffic {
  readonly ticks: number
  /** Ticks in which requests were offered and none was served. */
  readonly outageTicks: number
}

export interface ClusterState {
  readonly config: ClusterConfig
  readonly hosts: readonly Host[]
  readonly replicas: readonly Replica[]
  readonly desiredReplicas: number
  /** Version every replica should run; a rollout is in progress while any live replica differs. */
  readonly targetVersion: string
  readonly rollout: RolloutPolicy
  readonly autoscaler: AutoscalerPolicy
  /** Autoscaler recommendations of recent ticks, newest last. */
  readonly recommendations: readonly number[]
  readonly nextReplicaNumber: number
  readonly lastTick: TickTraffic
  readonly phase: TrafficTally
}

export interface SingleContainerConfig {
  /** Requests the one container serves per tick. */
  readonly capacity: number
  readonly startupTicks: number
  readonly terminationTicks: number
  /** Ticks the runtime waits before restarting a crashed container. */
  readonly restartDelayTicks: number
}

export interface SingleContainerState {
  readonly config: SingleContainerConfig
  readonly hostId: string
  readonly hostUp: boolean
  readonly version: string
  /** Version to start once the running one has stopped (an upgrade in progress). */
  readonly pendingVersion: string | null
  readonly state: ReplicaState
  readonly ticksInState: number
  readonly lastTick: TickTraffic
  readonly phase: TrafficTally
}

export interface TrafficLoad {
  /** Requests offered per tick before jitter. */
  readonly baseLoad: number
  /** Random variation of the offered load, as a fraction of baseLoad (0.05 = ±5 %). */
  readonly jitter: number
}

/** The cluster and the single container, facing the same events and the same requests. */
export interface PlaygroundState {
  readonly tick: number
  /** State of the seeded random generator; the only source of chance in a run. */
  readonly randomState: number
  readonly load: TrafficLoad
  readonly cluster: ClusterState
  readonly single: SingleContainerState
}

export type SimEvent
  = | { readonly kind: 'hostDown', readonly hostId: string }
    | { readonly kind: 'hostUp', readonly hostId: string }
  /** Without replicaId, a live cluster replica is picked at random (seeded). */
    | { readonly kind: 'containerCrash', readonly replicaId?: string }
    | { readonly kind: 'startUpgrade', readonly version: string, readonly policy?: RolloutPolicy }
    | { readonly kind: 'setLoad', readonly baseLoad: number }
    | { readonly kind: 'setAutoscaling', readonly enabled: boolean }
