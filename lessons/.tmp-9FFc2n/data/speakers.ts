import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The two speakers of the overflow test's dialogue (test/lessons/overflow.test.ts). */
export const speakers: LessonSection<'speakers'> = [
  { id: 'ajie', name: '阿杰', role: '运维新人', avatar: '/avatars/learner.svg', side: 'left' },
  { id: 'linjie', name: '林姐', role: '平台组组长', avatar: '/avatars/mentor.svg', side: 'right' },
]
