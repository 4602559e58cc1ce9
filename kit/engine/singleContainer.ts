import type { SimEvent, SingleContainerConfig, SingleContainerState } from './model'
import { addToTally, EMPTY_TALLY, trafficOf } from './metrics'

export interface SingleContainerSetup {
  readonly config: SingleContainerConfig
  readonly hostId: string
  readonly version: string
}

/** One container on one host, already serving. */
export function createSingleContainer(setup: SingleContainerSetup): SingleContainerState {
  return {
    config: setup.config,
    hostId: setup.hostId,
    hostUp: true,
    version: setup.version,
    pendingVersion: null,
    state: 'ready',
    ticksInState: 0,
    lastTick: trafficOf(0, 0),
    phase: EMPTY_TALLY,
  }
}

/**
 * The same events without a balancer or a scheduler: losing the host stops
 * the service until the host is back, and an upgrade must stop the old
 * container before the new one can start. Autoscaling has nothing to scale.
 */
export function applySingleContainerEvent(single: SingleContainerState, event: SimEvent): SingleContainerState {
  switch (event.kind) {
    case 'hostDown':
      return event.hostId === single.hostId
        ? { ...single, hostUp: false, state: 'failed', ticksInState: 0 }
        : single
    case 'hostUp':
      return event.hostId === single.hostId ? { ...single, hostUp: true } : single
    case 'containerCrash':
      return single.state === 'failed' ? single : { ...single, state: 'failed', ticksInState: 0 }
    case 'startUpgrade':
      if (event.version === single.version && single.pendingVersion === null)
        return single
      if (single.state === 'failed')
        return { ...single, version: event.version, pendingVersion: null }
      return { ...single, state: 'terminating', ticksInState: 0, pendingVersion: event.version }
    case 'setLoad':
    case 'setAutoscaling':
      return single
  }
}

export function advanceSingleContainer(single: SingleContainerState, offered: number): SingleContainerState {
  const { config } = single
  const ticksInState = single.ticksInState + 1
  let next: SingleContainerState = { ...single, ticksInState }
  if (single.state === 'starting' && ticksInState >= config.startupTicks && single.hostUp)
    next = { ...next, state: 'ready', ticksInState: 0 }
  else if (single.state === 'terminating' && ticksInState >= config.terminationTicks)
    next = { ...next, state: 'starting', ticksInState: 0, version: single.pendingVersion ?? single.version, pendingVersion: null }
  else if (single.state === 'failed' && single.hostUp && ticksInState >= config.restartDelayTicks)
    next = { ...next, state: 'starting', ticksInState: 0, version: single.pendingVersion ?? single.version, pendingVersion: null }

  const served = next.state === 'ready' ? Math.min(offered, config.capacity) : 0
  const lastTick = trafficOf(offered, served)
  return { ...next, lastTick, phase: addToTally(single.phase, lastTick) }
}
