import { describe, expect, it } from 'vitest'
import { playground } from '../../../data/playground/index'
import { schedulingScenario } from '../../../data/playground/scheduling'
import { pendingReplicas } from '../../../kit/engine/cluster'
import { availability, countByState } from '../../../kit/engine/metrics'
import { stateAtStep } from '../../../kit/engine/scenario'

function stepOf(fragment: string): number {
  const index = schedulingScenario.steps.findIndex(s => s.caption.includes(fragment))
  if (index < 0)
    throw new Error(`no step mentions ${fragment}`)
  return index
}

describe('the scheduling story', () => {
  it('is one of the named playground scenarios', () => {
    expect(playground.scheduling).toBe(schedulingScenario)
  })

  it('replaces a crashed container while the others keep serving', () => {
    const state = stateAtStep(schedulingScenario, stepOf('崩溃'))
    const counts = countByState(state.cluster.replicas)
    expect(counts.failed).toBe(1)
    expect(counts.starting).toBe(1)
    expect(availability(state.cluster.phase)).toBe(1)
  })

  it('moves the replicas of a failed host into the free slots of the others without losing a request', () => {
    const state = stateAtStep(schedulingScenario, stepOf('主机 1 宕机'))
    expect(state.cluster.replicas.filter(r => r.hostId !== 'host-1' && (r.state === 'ready' || r.state === 'starting'))).toHaveLength(6)
    expect(pendingReplicas(state.cluster)).toBe(0)
    expect(availability(state.cluster.phase)).toBe(1)
    expect(state.single.phase.outageTicks).toBe(state.single.phase.ticks)
  })

  it('leaves replicas pending and drops requests when the remaining hosts are full', () => {
    const state = stateAtStep(schedulingScenario, stepOf('主机 2 也宕机'))
    expect(pendingReplicas(state.cluster)).toBe(3)
    expect(countByState(state.cluster.replicas).ready).toBe(3)
    expect(state.cluster.lastTick.dropped).toBeGreaterThan(0)
    // Degraded, not down: the three replicas left still answer.
    expect(state.cluster.phase.outageTicks).toBe(0)
  })

  it('places the pending replicas once the hosts are back', () => {
    const state = stateAtStep(schedulingScenario, stepOf('恢复'))
    expect(pendingReplicas(state.cluster)).toBe(0)
    expect(countByState(state.cluster.replicas).ready).toBe(6)
    expect(state.cluster.lastTick.dropped).toBe(0)
    expect(state.single.state).toBe('ready')
  })
})
