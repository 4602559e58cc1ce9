import type { LessonInput } from './schema'

export const course: LessonInput['course'] = {
  name: '云原生容器Clouder认证：容器应用与集群管理',
  lessonNumber: 2,
  lessonTitle: '为什么需要容器集群',
  author: '云原生容器Clouder认证课程组',
  summaryLabel: '简介',
}
