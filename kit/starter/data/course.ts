import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { courseInfo } from '../../../course'

// Every text marked 示例 is an example: replace it with your lesson's own. The course's name and
// author are the course's (course/index.ts), written once for all its lessons.
export const course: LessonSection<'course'> = {
  ...courseInfo,
  lessonNumber: 1,
  lessonTitle: '示例课时标题',
}
