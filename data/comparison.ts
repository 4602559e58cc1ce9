import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** Pairs the single-container and cluster topologies that face the same event. */
export const comparison: LessonSection<'comparison'> = {
  singleLabel: '单个容器',
  clusterLabel: '容器集群',
  rows: [
    { event: '宿主机故障', single: 'single-host-failure', cluster: 'cluster-failover' },
    { event: '应用升级', single: 'single-upgrade', cluster: 'cluster-rolling-upgrade' },
    { event: '访问量激增', single: 'single-overload', cluster: 'cluster-scaling' },
  ],
}
