import type { PlaygroundSetup, Scenario } from 'slidev-addon-lesson-kit/lesson'
import { lessonSetup } from './clusterVsSingle'

/**
 * Tighter hosts than the main story (three slots each, six replicas), so a
 * second host failure leaves replicas with nowhere to go. Autoscaling is off:
 * this story is about placement, not load.
 */
export const schedulingSetup: PlaygroundSetup = {
  ...lessonSetup,
  cluster: {
    ...lessonSetup.cluster,
    // A crashed replica stays visible a little longer, so the step can show it next to its replacement.
    config: { ...lessonSetup.cluster.config, failedRetentionTicks: 3 },
    hostSlots: [3, 3, 3],
    autoscaler: { ...lessonSetup.cluster.autoscaler, enabled: false },
  },
}

/** Scheduling and health checks: what the orchestrator decides when containers and hosts fail. */
export const schedulingScenario: Scenario = {
  setup: schedulingSetup,
  steps: [
    {
      caption: '3 台主机各有 3 个位置，6 个副本分散放置',
      events: [],
      ticks: 3,
    },
    {
      caption: '一个容器崩溃：健康检查发现后停止转发，立即补上新副本',
      events: [{ kind: 'containerCrash', replicaId: 'replica-2' }],
      ticks: 2,
    },
    {
      caption: '主机 1 宕机：其他主机的空位刚好够迁走两个副本',
      events: [{ kind: 'hostDown', hostId: 'host-1' }],
      ticks: 2,
    },
    {
      caption: '主机 2 也宕机：只剩 3 个位置，3 个副本无处安放',
      events: [{ kind: 'hostDown', hostId: 'host-2' }],
      ticks: 3,
    },
    {
      caption: '两台主机恢复：待调度的副本被重新安放，服务恢复',
      events: [{ kind: 'hostUp', hostId: 'host-1' }, { kind: 'hostUp', hostId: 'host-2' }],
      ticks: 4,
    },
  ],
}
