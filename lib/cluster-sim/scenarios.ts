import type { Scenario } from './scenario'
import { lessonScenario } from './lessonScenario'
import { schedulingScenario } from './schedulingScenario'

/** The scripted stories a slide can name: `<ClusterPlayground scenario="scheduling" />`. */
export type PlaygroundScenarioName = 'cluster-vs-single' | 'scheduling'

export const playgroundScenarios: Readonly<Record<PlaygroundScenarioName, Scenario>> = {
  'cluster-vs-single': lessonScenario,
  'scheduling': schedulingScenario,
}
