import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The situations the diagrams are drawn from: hosts, their containers and each one's state. */
export const topologies: LessonSection<'topologies'> = [
  {
    id: 'example',
    caption: '示例：两台服务器',
    outcome: '示例：服务器 1 故障，服务器 2 上的容器继续提供服务',
    verdict: 'served',
    client: '用户',
    entry: '访问地址',
    hosts: [
      { id: 'server-1', label: '服务器 1', down: true, containers: [{ id: 'app-1', label: '应用 1', state: 'failed' }] },
      { id: 'server-2', label: '服务器 2', containers: [{ id: 'app-2', label: '应用 2', state: 'ready' }] },
    ],
  },
]
