import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const recap: LessonSection<'recap'> = {
  points: [
    '示例：第一个要点',
    '示例：第二个要点',
    '示例：第三个要点',
  ],
}
