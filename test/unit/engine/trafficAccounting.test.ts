import type { PlaygroundState, SimEvent } from '../../../kit/engine/model'
import { describe, expect, it } from 'vitest'
import { availability } from '../../../kit/engine/metrics'
import { createPlayground, step } from '../../../kit/engine/playground'
import { drawRandom } from '../../../kit/engine/random'
import { testSetup } from './fixtures'

// A seeded storm of every kind of event, so the accounting is checked in
// states no scripted story reaches (host down mid-upgrade, crash while scaling…).
function randomEvent(randomState: number, state: PlaygroundState): { event: SimEvent | undefined, randomState: number } {
  const kind = drawRandom(randomState)
  const pick = drawRandom(kind.nextState)
  const hostId = state.cluster.hosts[Math.floor(pick.value * state.cluster.hosts.length)]?.id ?? 'host-1'
  const events: (SimEvent | undefined)[] = [
    { kind: 'hostDown', hostId },
    { kind: 'hostUp', hostId },
    { kind: 'containerCrash' },
    { kind: 'startUpgrade', version: `v${Math.floor(pick.value * 4) + 1}` },
    { kind: 'setLoad', baseLoad: Math.round(pick.value * 150) },
    { kind: 'setAutoscaling', enabled: pick.value > 0.5 },
  ]
  // Most ticks pass without an event.
  const index = Math.floor(kind.value * events.length * 3)
  return { event: events[index], randomState: pick.nextState }
}

describe('traffic accounting under random events', () => {
  for (const seed of [1, 2, 3, 42, 2025]) {
    it(`offered = served + dropped on every tick for both sides (seed ${seed})`, () => {
      let state = createPlayground(testSetup({ seed, jitter: 0.2, autoscaling: true }))
      let chaos = seed * 7919
      let clusterOffered = 0
      let clusterServed = 0
      for (let tick = 0; tick < 300; tick++) {
        const next = randomEvent(chaos, state)
        chaos = next.randomState
        state = step(state, next.event)
        for (const side of [state.cluster.lastTick, state.single.lastTick]) {
          expect(side.offered).toBe(side.served + side.dropped)
          expect(side.dropped).toBeGreaterThanOrEqual(0)
          expect(availability(side)).toBeGreaterThanOrEqual(0)
          expect(availability(side)).toBeLessThanOrEqual(1)
        }
        const { cluster } = state
        const ready = cluster.replicas.filter(r => r.state === 'ready')
        expect(cluster.lastTick.served).toBeLessThanOrEqual(ready.length * cluster.config.replicaCapacity)
        expect(cluster.replicas.filter(r => r.state !== 'ready').every(r => r.servedLastTick === 0)).toBe(true)
        for (const host of cluster.hosts) {
          expect(cluster.replicas.filter(r => r.hostId === host.id).length).toBeLessThanOrEqual(host.slots)
          if (!host.up)
            expect(cluster.replicas.filter(r => r.hostId === host.id && r.state !== 'failed')).toEqual([])
        }
        clusterOffered += cluster.lastTick.offered
        clusterServed += cluster.lastTick.served
      }
      expect(state.cluster.phase.offered).toBe(clusterOffered)
      expect(state.cluster.phase.served).toBe(clusterServed)
      expect(state.cluster.phase.offered).toBe(state.cluster.phase.served + state.cluster.phase.dropped)
    })
  }

  it('both sides are offered exactly the same requests', () => {
    let state = createPlayground(testSetup({ jitter: 0.3 }))
    for (let tick = 0; tick < 50; tick++) {
      state = step(state, tick === 10 ? { kind: 'hostDown', hostId: 'host-1' } : undefined)
      expect(state.single.lastTick.offered).toBe(state.cluster.lastTick.offered)
    }
  })
})
