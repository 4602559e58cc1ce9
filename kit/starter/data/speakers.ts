import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** Who speaks in the dialogue; each avatar is an SVG in this lesson's public/avatars/. */
export const speakers: LessonSection<'speakers'> = [
  {
    id: 'learner',
    name: '示例学员',
    role: '示例：刚开始学习容器的工程师',
    avatar: '/avatars/learner.svg',
    side: 'left',
  },
  {
    id: 'mentor',
    name: '示例讲师',
    role: '示例：带教的资深工程师',
    avatar: '/avatars/mentor.svg',
    side: 'right',
  },
]
