import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

type SlidePlanInput = LessonSection<'plan'>[number]

/**
 * Plans for the two cluster-playground slides in slides/playground.md. Each
 * point that starts with a step number says what the next click shows; the
 * captions on the slide say the same in one line, so the instructor can
 * talk over them.
 */
export const clusterPlaygroundPlan: SlidePlanInput = {
  id: 'cluster-playground',
  title: '动手演示：同样的故障，集群 vs 单容器',
  minutes: 4,
  points: [
    '左边是 3 台主机上的 6 个副本，经统一访问地址和负载均衡对外服务；右边是一个单独的容器，两边收到完全相同的请求。每个容器上方是版本，下方是状态。',
    '第 1 次点击：主机 1 宕机。请学员先看右边“本步可用率”变成 0%，再看左边仍是 100%，调度器已经在其他主机上启动替补副本。',
    '第 2 次点击：替补副本就绪，主机 1 修好后重新加入。单容器要等主机修好、容器重启，中断了好几秒。',
    '第 3、4 次点击：滚动升级到 v2。先启动新副本，就绪后才停旧副本（maxUnavailable 0）；让学员数一数每一刻就绪的副本从未少于 6 个。单容器升级必须先停再启，出现中断。',
    '第 5、6 次点击：流量从每秒约 36 个涨到 80 个。集群先丢一部分请求，自动扩缩容按利用率把副本加到 12 个后恢复 100%；单容器每秒最多 50 个，多出的请求一直被丢弃。',
    '脚本演完后可用下方按钮自由操作（让学员点名要哪台主机宕机）；点“回到脚本”或翻到下一步即回到脚本状态。自由操作只在本窗口生效，投影和演讲者视图不同步。',
  ],
  question: '如果三台主机同时宕机，集群还能保持服务吗？还缺什么？',
}

export const schedulingPlaygroundPlan: SlidePlanInput = {
  id: 'playground-scheduling',
  title: '动手演示：调度与健康检查',
  minutes: 2,
  points: [
    '这一页回答“如何调度”和“如何监控健康”：每台主机只有 3 个位置，空位用虚线框表示。',
    '第 1 次点击：一个容器崩溃，健康检查发现后负载均衡不再转发给它，调度器立即补上新副本，访问不受影响。',
    '第 2 次点击：主机 1 宕机，其他主机的空位刚好够放下两个替补副本。',
    '第 3 次点击：主机 2 也宕机，只剩 3 个位置，“待调度 3”变红，请求开始被丢弃：调度器无法凭空变出容量。',
    '第 4 次点击：两台主机恢复，待调度的副本被重新安放，服务恢复。',
  ],
  question: '要让第 3 步不丢请求，事先应该怎样规划主机的数量和容量？',
}

/** In slide order: the main demo after cluster-scaling, the scheduling demo after manual-limits. */
export const playgroundPlan: readonly SlidePlanInput[] = [clusterPlaygroundPlan, schedulingPlaygroundPlan]
