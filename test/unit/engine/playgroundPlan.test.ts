import { describe, expect, it } from 'vitest'
import { clusterPlaygroundPlan, playgroundPlan, schedulingPlaygroundPlan } from '../../../data/playground-plan'
import { playground } from '../../../data/playground/index'
import { scenarioClicks } from '../../../kit/engine/scenario'
import { slidePlanSchema } from '../../../kit/lesson/schema'

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
      [clusterPlaygroundPlan, playground.clusterVsSingle],
      [schedulingPlaygroundPlan, playground.scheduling],
    ] as const
    for (const [plan, scenario] of pairs) {
      const expected = Array.from({ length: scenarioClicks(scenario) }, (_, index) => index + 1)
      expect(clicksMentioned(plan.points)).toEqual(expected)
    }
  })
})
