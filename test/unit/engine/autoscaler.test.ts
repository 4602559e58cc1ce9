import type { PlaygroundState } from '../../../kit/engine/model'
import { describe, expect, it } from 'vitest'
import { decideReplicas } from '../../../kit/engine/autoscaler'
import { applyEvent, createPlayground, step } from '../../../kit/engine/playground'
import { testSetup } from './fixtures'

function desiredOverTime(state: PlaygroundState, ticks: number): { desired: number[], last: PlaygroundState } {
  const desired: number[] = []
  let current = state
  for (let tick = 0; tick < ticks; tick++) {
    current = step(current)
    desired.push(current.cluster.desiredReplicas)
  }
  return { desired, last: current }
}

const changes = (values: readonly number[]): number => values.filter((v, i) => i > 0 && v !== values[i - 1]).length

describe('autoscaling', () => {
  for (const seed of [1, 9, 77, 1234]) {
    it(`settles under a constant, noisy load and then stops changing (seed ${seed})`, () => {
      const start = step(createPlayground(testSetup({ seed, autoscaling: true, jitter: 0.1 })), { kind: 'setLoad', baseLoad: 90 })
      const { desired, last } = desiredOverTime(start, 200)
      const settled = desired.slice(30)
      expect(changes(settled)).toBe(0)
      // Settled with enough replicas to serve everything, near the target utilisation.
      expect(last.cluster.lastTick.dropped).toBe(0)
      const ready = last.cluster.replicas.filter(r => r.state === 'ready').length
      expect(ready).toBe(settled[0])
      expect(90 / (ready * 10)).toBeGreaterThan(0.55)
      expect(90 / (ready * 10)).toBeLessThan(0.85)
      // Getting there took few steps: no oscillation on the way.
      expect(changes(desired.slice(0, 30))).toBeLessThanOrEqual(3)
    })
  }

  it('scales out after a surge and back in only after the load has stayed low for the window', () => {
    let state = step(createPlayground(testSetup({ autoscaling: true })), { kind: 'setLoad', baseLoad: 100 })
    state = desiredOverTime(state, 20).last
    const scaledOut = state.cluster.desiredReplicas
    expect(scaledOut).toBeGreaterThan(6)
    const { desired } = desiredOverTime(applyEvent(state, { kind: 'setLoad', baseLoad: 40 }), 30)
    // Recommendations fall at once, but the window still remembers the high ones.
    const window = state.cluster.autoscaler.scaleDownWindowTicks
    expect(desired.findIndex(d => d < scaledOut)).toBe(window - 1)
    expect(desired.at(-1)).toBe(6)
  })

  it('stays within its maximum however high the load', () => {
    let state = step(createPlayground(testSetup({ autoscaling: true, maxReplicas: 9 })), { kind: 'setLoad', baseLoad: 500 })
    state = desiredOverTime(state, 40).last
    expect(state.cluster.desiredReplicas).toBe(9)
    expect(state.cluster.lastTick.dropped).toBe(500 - 90)
  })

  it('does nothing while disabled', () => {
    const state = step(createPlayground(testSetup({ autoscaling: false })), { kind: 'setLoad', baseLoad: 100 })
    const { desired } = desiredOverTime(state, 20)
    expect(new Set(desired)).toEqual(new Set([6]))
  })

  it('ignores deviations within the tolerance', () => {
    const policy = { enabled: true, minReplicas: 1, maxReplicas: 20, targetUtilisation: 0.7, tolerance: 0.1, scaleDownWindowTicks: 5 }
    const within = decideReplicas({ policy, desiredReplicas: 6, readyReplicas: 6, served: 45, replicaCapacity: 10, recommendations: [] })
    expect(within.desiredReplicas).toBe(6)
    const beyond = decideReplicas({ policy, desiredReplicas: 6, readyReplicas: 6, served: 60, replicaCapacity: 10, recommendations: [] })
    expect(beyond.desiredReplicas).toBe(9)
  })
})
