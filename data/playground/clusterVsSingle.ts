import type { PlaygroundSetup, Scenario } from 'slidev-addon-lesson-kit/lesson'

/**
 * Three hosts of five slots, six replicas of 10 requests per tick each, 36
 * requests per tick offered: room for one host to fail and for an upgrade to
 * surge. The single container is sized for the normal load (50 per tick), so
 * the comparison is about failures, not about a weaker machine.
 */
export const lessonSetup: PlaygroundSetup = {
  seed: 20251125,
  load: { baseLoad: 36, jitter: 0.05 },
  cluster: {
    config: { replicaCapacity: 10, startupTicks: 2, terminationTicks: 2, failedRetentionTicks: 2 },
    hostSlots: [5, 5, 5],
    replicas: 6,
    version: 'v1',
    rollout: { maxUnavailable: 0, maxSurge: 2 },
    autoscaler: {
      enabled: true,
      minReplicas: 3,
      maxReplicas: 12,
      targetUtilisation: 0.7,
      tolerance: 0.1,
      scaleDownWindowTicks: 10,
    },
  },
  single: { capacity: 50, startupTicks: 2, terminationTicks: 1, restartDelayTicks: 1 },
}

/** The story told on the playground slide, one step per click. */
export const lessonScenario: Scenario = {
  setup: lessonSetup,
  steps: [
    {
      caption: '平稳运行：同样的请求，集群 6 个副本分担，单容器独自承担',
      events: [],
      ticks: 4,
    },
    {
      caption: '主机 1 宕机：它上面的副本随之失效，单容器的服务中断',
      events: [{ kind: 'hostDown', hostId: 'host-1' }],
      ticks: 1,
    },
    {
      caption: '调度器在其他主机重建副本；主机 1 修复后回到集群',
      events: [{ kind: 'hostUp', hostId: 'host-1' }],
      ticks: 4,
    },
    {
      caption: '滚动升级到 v2：先启动新副本，就绪后才停旧副本',
      events: [{ kind: 'startUpgrade', version: 'v2', policy: { maxUnavailable: 0, maxSurge: 2 } }],
      ticks: 4,
    },
    {
      caption: '升级完成：全部副本运行 v2，访问从未中断',
      events: [],
      ticks: 8,
    },
    {
      caption: '流量激增到每秒 80 个请求：现有副本忙不过来，自动扩容开始加副本',
      events: [{ kind: 'setLoad', baseLoad: 80 }],
      ticks: 2,
    },
    {
      caption: '扩容完成：副本增至 12 个，请求重新全部得到处理',
      events: [],
      ticks: 7,
    },
  ],
}
