import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const orchestration: LessonSection<'orchestration'> = {
  paragraph: '从容器集群发展历程中，我们看到了Mesos、Swarm和Kubernetes项目，这三个项目都是实现跨集群的应用级别容器部署、管理和运维的自动化平台，这种平台技术一般可以称为容器编排技术。',
  projects: ['Mesos', 'Swarm', 'Kubernetes'],
}
