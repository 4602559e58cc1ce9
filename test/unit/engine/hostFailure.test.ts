import type { PlaygroundState } from '../../../kit/engine/model'
import { describe, expect, it } from 'vitest'
import { pendingReplicas } from '../../../kit/engine/cluster'
import { createPlayground, run, step } from '../../../kit/engine/playground'
import { testSetup } from './fixtures'

function readyOnUpHosts(state: PlaygroundState): number {
  const up = new Set(state.cluster.hosts.filter(h => h.up).map(h => h.id))
  return state.cluster.replicas.filter(r => r.state === 'ready' && up.has(r.hostId)).length
}

describe('host failure', () => {
  it('spreads replicas so that one host holds no more than its share', () => {
    const state = createPlayground(testSetup())
    const perHost = state.cluster.hosts.map(h => state.cluster.replicas.filter(r => r.hostId === h.id).length)
    expect(perHost).toEqual([2, 2, 2])
  })

  it('runs every replica again on other hosts within startup + 1 ticks when they have room', () => {
    const start = run(createPlayground(testSetup()), 3)
    const { startupTicks } = start.cluster.config
    let state = step(start, { kind: 'hostDown', hostId: 'host-1' })
    expect(state.cluster.replicas.filter(r => r.hostId === 'host-1').every(r => r.state === 'failed')).toBe(true)
    expect(readyOnUpHosts(state)).toBe(4)
    state = run(state, startupTicks)
    expect(readyOnUpHosts(state)).toBe(6)
    expect(state.cluster.replicas.filter(r => r.state === 'ready').every(r => r.hostId !== 'host-1')).toBe(true)
    // The remaining four replicas had capacity for 40 requests: nothing was lost.
    expect(state.cluster.phase.dropped).toBe(0)
    // The failed replicas are cleaned up shortly after.
    state = run(state, 2)
    expect(state.cluster.replicas.filter(r => r.state === 'failed')).toEqual([])
  })

  it('leaves replicas pending and drops the overflow when the other hosts are full, until the host recovers', () => {
    // Two slots per host: after losing host-1 only four replicas fit.
    let state = run(createPlayground(testSetup({ hostSlots: [2, 2, 2], baseLoad: 50 })), 2)
    state = step(state, { kind: 'hostDown', hostId: 'host-1' })
    state = run(state, 10)
    expect(readyOnUpHosts(state)).toBe(4)
    expect(pendingReplicas(state.cluster)).toBe(2)
    expect(state.cluster.lastTick.served).toBe(40)
    expect(state.cluster.lastTick.dropped).toBe(10)

    state = step(state, { kind: 'hostUp', hostId: 'host-1' })
    state = run(state, state.cluster.config.startupTicks + 1)
    expect(readyOnUpHosts(state)).toBe(6)
    expect(pendingReplicas(state.cluster)).toBe(0)
    expect(state.cluster.lastTick.dropped).toBe(0)
  })

  it('keeps the cluster serving when a single container crashes, and replaces it', () => {
    let state = run(createPlayground(testSetup()), 2)
    state = step(state, { kind: 'containerCrash', replicaId: 'replica-3' })
    expect(state.cluster.replicas.find(r => r.id === 'replica-3')?.state).toBe('failed')
    expect(state.cluster.lastTick.dropped).toBe(0)
    state = run(state, state.cluster.config.startupTicks)
    expect(readyOnUpHosts(state)).toBe(6)
  })
})
