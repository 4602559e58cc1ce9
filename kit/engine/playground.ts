import type { ClusterSetup } from './cluster'
import type { PlaygroundState, SimEvent, SingleContainerConfig, TrafficLoad } from './model'
import type { SingleContainerSetup } from './singleContainer'
import { advanceCluster, applyClusterEvent, createCluster } from './cluster'
import { EMPTY_TALLY } from './metrics'
import { drawRandom, seedRandom } from './random'
import { advanceSingleContainer, applySingleContainerEvent, createSingleContainer } from './singleContainer'

export interface PlaygroundSetup {
  readonly seed: number
  readonly load: TrafficLoad
  readonly cluster: ClusterSetup
  /** The single container runs on the cluster's first host, so a failure of that host hits both. */
  readonly single: SingleContainerConfig
}

export function createPlayground(setup: PlaygroundSetup): PlaygroundState {
  const cluster = createCluster(setup.cluster)
  const singleSetup: SingleContainerSetup = {
    config: setup.single,
    hostId: cluster.hosts[0]?.id ?? 'host-1',
    version: setup.cluster.version,
  }
  return {
    tick: 0,
    randomState: seedRandom(setup.seed),
    load: setup.load,
    cluster,
    single: createSingleContainer(singleSetup),
  }
}

/** Applies one event to the cluster and to the single container alike; time does not pass. */
export function applyEvent(state: PlaygroundState, event: SimEvent): PlaygroundState {
  if (event.kind === 'setLoad')
    return { ...state, load: { ...state.load, baseLoad: Math.max(0, event.baseLoad) } }
  if (event.kind === 'containerCrash' && event.replicaId === undefined) {
    const live = state.cluster.replicas.filter(r => r.state === 'ready' || r.state === 'starting')
    const draw = drawRandom(state.randomState)
    const victim = live[Math.floor(draw.value * live.length)]
    const resolved: SimEvent = { kind: 'containerCrash', replicaId: victim?.id ?? '' }
    return {
      ...state,
      randomState: draw.nextState,
      cluster: applyClusterEvent(state.cluster, resolved),
      single: applySingleContainerEvent(state.single, resolved),
    }
  }
  return {
    ...state,
    cluster: applyClusterEvent(state.cluster, event),
    single: applySingleContainerEvent(state.single, event),
  }
}

/** Requests offered this tick: the base load with seeded jitter, the same for both sides. */
export function offeredRequests(load: TrafficLoad, random: number): number {
  return Math.max(0, Math.round(load.baseLoad * (1 + load.jitter * (2 * random - 1))))
}

/** One tick for both sides. */
export function advance(state: PlaygroundState): PlaygroundState {
  const draw = drawRandom(state.randomState)
  const offered = offeredRequests(state.load, draw.value)
  return {
    ...state,
    tick: state.tick + 1,
    randomState: draw.nextState,
    cluster: advanceCluster(state.cluster, offered),
    single: advanceSingleContainer(state.single, offered),
  }
}

/** The step function: apply the event (if any), then let one tick pass. */
export function step(state: PlaygroundState, event?: SimEvent): PlaygroundState {
  return advance(event ? applyEvent(state, event) : state)
}

export function run(state: PlaygroundState, ticks: number): PlaygroundState {
  let current = state
  for (let i = 0; i < ticks; i++)
    current = advance(current)
  return current
}

/** Starts counting traffic afresh on both sides, e.g. at each step of a scenario. */
export function startPhase(state: PlaygroundState): PlaygroundState {
  return {
    ...state,
    cluster: { ...state.cluster, phase: EMPTY_TALLY },
    single: { ...state.single, phase: EMPTY_TALLY },
  }
}
