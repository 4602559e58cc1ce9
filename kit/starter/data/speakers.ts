import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { characters } from '../../../course'

/** Who speaks in the dialogue: the course's characters (course/index.ts), a role line for this lesson. */
export const speakers: LessonSection<'speakers'> = [
  { ...characters.xiaochen, role: '示例：刚开始学习容器的工程师' },
  characters.daliu,
]
