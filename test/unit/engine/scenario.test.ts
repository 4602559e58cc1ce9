import { describe, expect, it } from 'vitest'
import { lessonScenario } from '../../../data/playground/clusterVsSingle'
import { availability } from '../../../kit/engine/metrics'
import { rolloutProgress } from '../../../kit/engine/rollingUpgrade'
import { scenarioClicks, stateAtStep } from '../../../kit/engine/scenario'

function stepIndex(fragment: string): number {
  const index = lessonScenario.steps.findIndex(s => s.caption.includes(fragment))
  if (index < 0)
    throw new Error(`no step whose caption mentions ${fragment}`)
  return index
}

describe('stateAtStep', () => {
  it('gives the same state every time for the same step', () => {
    for (let step = 0; step <= scenarioClicks(lessonScenario); step++)
      expect(stateAtStep(lessonScenario, step)).toEqual(stateAtStep(lessonScenario, step))
  })

  it('clamps steps outside the story', () => {
    expect(stateAtStep(lessonScenario, -3)).toEqual(stateAtStep(lessonScenario, 0))
    expect(stateAtStep(lessonScenario, 99)).toEqual(stateAtStep(lessonScenario, scenarioClicks(lessonScenario)))
  })

  it('continues from the previous step: time only moves forward', () => {
    const ticks = lessonScenario.steps.map((_, step) => stateAtStep(lessonScenario, step).tick)
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b))
    expect(new Set(ticks).size).toBe(ticks.length)
  })
})

describe('the lesson story', () => {
  it('has a caption for each step, short enough for one line on the slide', () => {
    for (const step of lessonScenario.steps)
      expect(step.caption.length).toBeGreaterThan(4)
    for (const step of lessonScenario.steps)
      expect(step.caption.length).toBeLessThanOrEqual(36)
  })

  it('host failure: the single container is down, the cluster serves everything and reschedules', () => {
    const failed = stateAtStep(lessonScenario, stepIndex('宕机'))
    expect(failed.single.lastTick.served).toBe(0)
    expect(failed.cluster.replicas.some(r => r.state === 'failed')).toBe(true)
    expect(availability(failed.cluster.phase)).toBe(1)
    const rescheduled = stateAtStep(lessonScenario, stepIndex('重建'))
    expect(rescheduled.cluster.replicas.filter(r => r.state === 'ready')).toHaveLength(6)
    expect(availability(rescheduled.cluster.phase)).toBe(1)
    expect(rescheduled.single.phase.outageTicks).toBeGreaterThan(0)
  })

  it('rolling upgrade: the cluster stays at 100 % while the single container goes down', () => {
    const during = stateAtStep(lessonScenario, stepIndex('滚动升级'))
    const versions = new Set(during.cluster.replicas.map(r => r.version))
    expect(versions).toEqual(new Set(['v1', 'v2']))
    expect(availability(during.cluster.phase)).toBe(1)
    expect(during.single.phase.outageTicks).toBeGreaterThan(0)
    const done = stateAtStep(lessonScenario, stepIndex('升级完成'))
    expect(availability(done.cluster.phase)).toBe(1)
    expect(rolloutProgress(done.cluster.replicas, 'v2', done.cluster.desiredReplicas).done).toBe(true)
  })

  it('surge then scale-out: drops first, then every request is served by more replicas', () => {
    const surge = stateAtStep(lessonScenario, stepIndex('激增'))
    expect(surge.cluster.lastTick.dropped).toBeGreaterThan(0)
    expect(surge.cluster.replicas.some(r => r.state === 'starting')).toBe(true)
    const scaled = stateAtStep(lessonScenario, stepIndex('扩容完成'))
    expect(scaled.cluster.lastTick.dropped).toBe(0)
    expect(scaled.cluster.replicas.filter(r => r.state === 'ready').length).toBeGreaterThan(6)
    expect(scaled.single.lastTick.dropped).toBeGreaterThan(0)
  })
})
