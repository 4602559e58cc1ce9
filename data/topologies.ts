import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/**
 * The situations 大刘 asks 小陈 to imagine, first for a lone container and then
 * for a cluster. The diagrams are generated from these records.
 */
export const topologies: LessonSection<'topologies'> = [
  {
    id: 'single-host-failure',
    caption: '宿主机故障',
    outcome: '容器随宿主机一起停止，网站无法访问',
    verdict: 'down',
    client: '用户',
    hosts: [{ id: 'host', label: '宿主机', down: true, containers: [{ id: 'web', label: 'WordPress 容器', state: 'failed' }] }],
  },
  {
    id: 'single-upgrade',
    caption: '停机升级',
    outcome: '升级期间唯一的容器停止，服务中断',
    verdict: 'down',
    client: '用户',
    hosts: [{ id: 'host', label: '宿主机', containers: [{ id: 'web', label: 'WordPress v1→v2', state: 'stopped' }] }],
  },
  {
    id: 'single-overload',
    caption: '访问量超出处理能力',
    outcome: '请求超出单个容器的处理能力，部分用户无法访问',
    verdict: 'degraded',
    client: '大量用户',
    hosts: [{ id: 'host', label: '宿主机', containers: [{ id: 'web', label: 'WordPress 容器', state: 'overloaded' }] }],
  },
  {
    id: 'cluster',
    caption: '容器集群',
    outcome: '多个相同应用的容器跨服务器运行，对外提供统一的访问地址',
    verdict: 'served',
    client: '用户',
    entry: '统一访问地址',
    hosts: [
      { id: 'server-1', label: '服务器 1', containers: [{ id: 'web-1', label: 'WordPress 1', state: 'ready' }] },
      { id: 'server-2', label: '服务器 2', containers: [{ id: 'web-2', label: 'WordPress 2', state: 'ready' }] },
      { id: 'server-3', label: '服务器 3', containers: [{ id: 'web-3', label: 'WordPress 3', state: 'ready' }] },
    ],
  },
  {
    id: 'cluster-failover',
    caption: '故障转移',
    outcome: '服务器 1 故障，请求转到其他服务器上的容器，服务照常',
    verdict: 'served',
    client: '用户',
    entry: '统一访问地址',
    hosts: [
      { id: 'server-1', label: '服务器 1', down: true, containers: [{ id: 'web-1', label: 'WordPress 1', state: 'failed' }] },
      { id: 'server-2', label: '服务器 2', containers: [{ id: 'web-2', label: 'WordPress 2', state: 'ready' }] },
      { id: 'server-3', label: '服务器 3', containers: [{ id: 'web-3', label: 'WordPress 3', state: 'ready' }] },
    ],
  },
  {
    id: 'cluster-rolling-upgrade',
    caption: '滚动升级',
    outcome: '逐个升级容器，其余容器继续提供服务',
    verdict: 'served',
    client: '用户',
    entry: '统一访问地址',
    hosts: [
      { id: 'server-1', label: '服务器 1', containers: [{ id: 'web-1', label: 'WordPress 1 v2', state: 'ready' }] },
      { id: 'server-2', label: '服务器 2', containers: [{ id: 'web-2', label: 'WordPress 2 v1→v2', state: 'upgrading' }] },
      { id: 'server-3', label: '服务器 3', containers: [{ id: 'web-3', label: 'WordPress 3 v1', state: 'ready' }] },
    ],
  },
  {
    id: 'cluster-scaling',
    caption: '弹性伸缩',
    outcome: '访问量上升时增加容器数量，下降时再减少',
    verdict: 'served',
    client: '大量用户',
    entry: '统一访问地址',
    hosts: [
      { id: 'server-1', label: '服务器 1', containers: [{ id: 'web-1', label: 'WordPress 1', state: 'ready' }, { id: 'web-4', label: 'WordPress 4', state: 'added' }] },
      { id: 'server-2', label: '服务器 2', containers: [{ id: 'web-2', label: 'WordPress 2', state: 'ready' }, { id: 'web-5', label: 'WordPress 5', state: 'added' }] },
      { id: 'server-3', label: '服务器 3', containers: [{ id: 'web-3', label: 'WordPress 3', state: 'ready' }] },
    ],
  },
]
