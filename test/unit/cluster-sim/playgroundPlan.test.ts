import { describe, expect, it } from 'vitest'
import { clusterPlaygroundPlan, playgroundPlan, schedulingPlaygroundPlan } from '../../../data/playground-plan'
import { slidePlanSchema } from '../../../data/schema'
import { scenarioClicks } from '../../../lib/cluster-sim/scenario'
import { playgroundScenarios } from '../../../lib/cluster-sim/scenarios'

/** Every click number the notes mention ("第 3、4 次点击" → 3, 4). */
function clicksMentioned(points: readonly string[]): number[] {
  return points.flatMap(point => [...point.matchAll(/第\s*([\d、]+)\s*次点击/g)])
    .flatMap(match => (match[1] ?? '').split('、').map(Number))
}

describe('playground slide plans', () => {
  it('are valid slide plans', () => {
    for (const entry of playgroundPlan)
      expect(() => slidePlanSchema.parse(entry)).not.toThrow()
  })

  it('tell the instructor about every click of the story on the slide, and no more', () => {
    const pairs = [
      [clusterPlaygroundPlan, playgroundScenarios['cluster-vs-single']],
      [schedulingPlaygroundPlan, playgroundScenarios.scheduling],
    ] as const
    for (const [plan, scenario] of pairs) {
      const expected = Array.from({ length: scenarioClicks(scenario) }, (_, index) => index + 1)
      expect(clicksMentioned(plan.points)).toEqual(expected)
    }
  })
})
