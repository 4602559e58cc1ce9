import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const course: LessonSection<'course'> = {
  name: '云原生容器Clouder认证：应用编排',
  lessonNumber: 9,
  lessonTitle: '代码、表格、图与图片',
  author: '测试课程组',
  summaryLabel: '概要',
}
