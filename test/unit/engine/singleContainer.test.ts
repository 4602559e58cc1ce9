import type { PlaygroundState } from '../../../kit/engine/model'
import { describe, expect, it } from 'vitest'
import { createPlayground, run, step } from '../../../kit/engine/playground'
import { testSetup } from './fixtures'

function ticksWithoutService(state: PlaygroundState, ticks: number): { outage: number, last: PlaygroundState } {
  let current = state
  let outage = 0
  for (let tick = 0; tick < ticks; tick++) {
    current = step(current)
    if (current.single.lastTick.served === 0)
      outage += 1
  }
  return { outage, last: current }
}

describe('single container', () => {
  it('runs on the cluster\'s first host, so the same host failure hits both', () => {
    const state = createPlayground(testSetup())
    expect(state.single.hostId).toBe(state.cluster.hosts[0]?.id)
  })

  it('is down for as long as its host is down, and a while after', () => {
    let state = step(createPlayground(testSetup()), { kind: 'hostDown', hostId: 'host-1' })
    expect(state.single.state).toBe('failed')
    expect(state.single.lastTick.served).toBe(0)
    const down = ticksWithoutService(state, 10)
    expect(down.outage).toBe(10)
    // The cluster lost the same host and kept serving.
    expect(down.last.cluster.phase.outageTicks).toBe(0)

    state = step(down.last, { kind: 'hostUp', hostId: 'host-1' })
    const back = ticksWithoutService(state, 10)
    expect(back.last.single.state).toBe('ready')
    expect(back.last.single.lastTick.dropped).toBe(0)
    expect(back.outage).toBeGreaterThan(0)
  })

  it('is unaffected by a failure of another host', () => {
    const state = run(step(createPlayground(testSetup()), { kind: 'hostDown', hostId: 'host-3' }), 5)
    expect(state.single.phase.outageTicks).toBe(0)
  })

  it('restarts after a crash, with an outage in between', () => {
    const state = step(createPlayground(testSetup()), { kind: 'containerCrash' })
    expect(state.single.lastTick.served).toBe(0)
    const { last } = ticksWithoutService(state, 6)
    expect(last.single.state).toBe('ready')
  })

  it('drops whatever exceeds its capacity, and autoscaling cannot help', () => {
    let state = createPlayground(testSetup({ baseLoad: 80 }))
    state = step(state, { kind: 'setAutoscaling', enabled: true })
    state = run(state, 20)
    expect(state.single.lastTick.served).toBe(state.single.config.capacity)
    expect(state.single.lastTick.dropped).toBe(80 - state.single.config.capacity)
  })
})
