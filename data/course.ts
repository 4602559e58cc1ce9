import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const course: LessonSection<'course'> = {
  name: '云原生容器Clouder认证：容器应用与集群管理',
  lessonNumber: 2,
  lessonTitle: '为什么需要容器集群',
  author: '云原生容器Clouder认证课程组',
  summaryLabel: '简介',
}
