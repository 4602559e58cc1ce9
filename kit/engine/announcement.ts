import type { PlaygroundState } from './model'
import type { Scenario } from './scenario'
import { playgroundLabels } from '../labels'
import { availability } from './metrics'
import { formatPercent } from './view'

/**
 * What a screen reader says when the playground reaches scripted step `step`: the step, its
 * caption, and each side's availability. Built from the step alone, so it changes (and is
 * announced) once per step, not on every simulated second.
 */
export function stepAnnouncement(scenario: Scenario, step: number, state: PlaygroundState): string {
  const caption = scenario.steps[step]?.caption ?? ''
  const cluster = formatPercent(availability(state.cluster.phase))
  const single = formatPercent(availability(state.single.phase))
  return playgroundLabels.stepAnnouncement(step + 1, scenario.steps.length, caption, cluster, single)
}
