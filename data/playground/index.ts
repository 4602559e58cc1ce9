import { lessonScenario } from './clusterVsSingle'
import { schedulingScenario } from './scheduling'

/** The playground's scripted stories, by the name a slide gives: `<ClusterPlayground :story="$lesson.playground.scheduling" />`. */
export const playground = {
  clusterVsSingle: lessonScenario,
  scheduling: schedulingScenario,
}
