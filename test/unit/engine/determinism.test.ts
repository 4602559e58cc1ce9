import type { PlaygroundState, SimEvent } from '../../../kit/engine/model'
import { describe, expect, it } from 'vitest'
import { createPlayground, step } from '../../../kit/engine/playground'
import { testSetup } from './fixtures'

const script: ReadonlyMap<number, SimEvent> = new Map<number, SimEvent>([
  [3, { kind: 'containerCrash' }],
  [5, { kind: 'hostDown', hostId: 'host-2' }],
  [9, { kind: 'startUpgrade', version: 'v2' }],
  [12, { kind: 'containerCrash' }],
  [15, { kind: 'hostUp', hostId: 'host-2' }],
  [20, { kind: 'setLoad', baseLoad: 90 }],
])

function replay(seed: number, ticks = 60): PlaygroundState[] {
  const states: PlaygroundState[] = []
  let state = createPlayground(testSetup({ seed, jitter: 0.2, autoscaling: true }))
  for (let tick = 0; tick < ticks; tick++) {
    state = step(state, script.get(tick))
    states.push(state)
  }
  return states
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe('determinism', () => {
  it('replays identically from the same seed', () => {
    expect(replay(11)).toEqual(replay(11))
  })

  it('differs with another seed (the seed is what drives chance)', () => {
    const offered = (states: PlaygroundState[]): number[] => states.map(s => s.cluster.lastTick.offered)
    expect(offered(replay(11))).not.toEqual(offered(replay(12)))
  })

  it('never changes the state it is given', () => {
    const before = createPlayground(testSetup({ jitter: 0.2, autoscaling: true }))
    const snapshot = structuredClone(before)
    deepFreeze(before)
    let state = before
    for (let tick = 0; tick < 30; tick++)
      state = step(state, script.get(tick))
    expect(before).toEqual(snapshot)
  })
})
