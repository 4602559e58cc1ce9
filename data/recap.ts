import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const recap: LessonSection<'recap'> = {
  points: [
    '单个容器扛不住宿主机故障、停机升级和超出处理能力的访问量',
    '容器集群：多个相同应用的容器跨服务器运行，对外提供统一的访问地址',
    '集群带来故障转移、滚动升级和弹性伸缩',
    '容器多了，人工管理不可行：需要调度、部署、跨节点访问、自动伸缩',
    '从 Marathon 到 Kubernetes：容器编排技术成为业界通用方案',
  ],
}
