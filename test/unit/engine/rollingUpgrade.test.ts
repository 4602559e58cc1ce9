import type { PlaygroundState } from '../../../kit/engine/model'
import { describe, expect, it } from 'vitest'
import { pendingReplicas } from '../../../kit/engine/cluster'
import { createPlayground, step } from '../../../kit/engine/playground'
import { rolloutProgress } from '../../../kit/engine/rollingUpgrade'
import { testSetup } from './fixtures'

function upgrade(state: PlaygroundState, maxUnavailable: number, maxSurge: number, ticks: number): PlaygroundState[] {
  const states: PlaygroundState[] = []
  let current = step(state, { kind: 'startUpgrade', version: 'v2', policy: { maxUnavailable, maxSurge } })
  states.push(current)
  for (let tick = 1; tick < ticks; tick++) {
    current = step(current)
    states.push(current)
  }
  return states
}

const readyCount = (state: PlaygroundState): number => state.cluster.replicas.filter(r => r.state === 'ready').length

describe('rolling upgrade', () => {
  it('with maxUnavailable 0 keeps ready replicas at or above the desired count and drops nothing', () => {
    // 54 requests per tick need all six replicas (6 × 10): any missing replica would drop requests.
    const start = createPlayground(testSetup({ baseLoad: 54, jitter: 0.1 }))
    const states = upgrade(start, 0, 1, 40)
    for (const state of states) {
      expect(readyCount(state)).toBeGreaterThanOrEqual(6)
      expect(state.cluster.lastTick.dropped).toBe(0)
    }
    const last = states.at(-1)!
    expect(rolloutProgress(last.cluster.replicas, 'v2', 6).done).toBe(true)
    expect(last.cluster.replicas.filter(r => r.state === 'ready').map(r => r.version)).toEqual(Array.from({ length: 6 }, () => 'v2'))
  })

  it('never runs more than desired + maxSurge live replicas', () => {
    const states = upgrade(createPlayground(testSetup()), 0, 2, 30)
    for (const state of states) {
      const live = state.cluster.replicas.filter(r => r.state === 'ready' || r.state === 'starting').length
      expect(live).toBeLessThanOrEqual(8)
      // Replacing replicas is not the same as lacking room for them.
      expect(pendingReplicas(state.cluster)).toBe(0)
    }
    expect(states.some(s => s.cluster.replicas.some(r => r.version === 'v1' && r.state === 'terminating'))).toBe(true)
  })

  it('with maxUnavailable 2 and no surge lets ready replicas dip by two, and no further', () => {
    const states = upgrade(createPlayground(testSetup()), 2, 0, 40)
    const lowest = Math.min(...states.map(readyCount))
    expect(lowest).toBe(4)
    expect(rolloutProgress(states.at(-1)!.cluster.replicas, 'v2', 6).done).toBe(true)
  })

  it('still completes when both limits are zero (read as a surge of one)', () => {
    const states = upgrade(createPlayground(testSetup()), 0, 0, 40)
    expect(rolloutProgress(states.at(-1)!.cluster.replicas, 'v2', 6).done).toBe(true)
    expect(Math.min(...states.map(readyCount))).toBeGreaterThanOrEqual(6)
  })

  it('stalls rather than lose availability when no host has room to surge', () => {
    // Two slots per host and six replicas: every slot taken, no room for a v2 replica.
    const states = upgrade(createPlayground(testSetup({ hostSlots: [2, 2, 2] })), 0, 1, 20)
    const last = states.at(-1)!
    expect(last.cluster.replicas.every(r => r.version === 'v1' && r.state === 'ready')).toBe(true)
    expect(last.cluster.lastTick.dropped).toBe(0)
  })

  it('takes the single container offline: it must stop before the new version starts', () => {
    const states = upgrade(createPlayground(testSetup()), 0, 1, 10)
    const outage = states.filter(s => s.single.lastTick.served === 0).length
    // At least the new version's startup, during which nothing answers.
    expect(outage).toBeGreaterThanOrEqual(2)
    expect(states.filter(s => s.cluster.lastTick.served === 0)).toEqual([])
    expect(states.at(-1)!.single.version).toBe('v2')
    expect(states.at(-1)!.single.state).toBe('ready')
  })
})
