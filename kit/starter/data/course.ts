import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

// Every text marked 示例 is an example: replace it with your lesson's own.
export const course: LessonSection<'course'> = {
  name: '示例课程：云原生入门',
  lessonNumber: 1,
  lessonTitle: '示例课时标题',
  author: '示例课程组',
  summaryLabel: '简介',
}
