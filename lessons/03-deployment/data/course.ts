import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { courseInfo } from '../../../course'

export const course: LessonSection<'course'> = {
  ...courseInfo,
  lessonNumber: 3,
  lessonTitle: '应用编排与管理：Deployment',
}
