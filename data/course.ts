import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { courseInfo } from '../course'

export const course: LessonSection<'course'> = {
  ...courseInfo,
  lessonNumber: 2,
  lessonTitle: '为什么需要容器集群',
}
