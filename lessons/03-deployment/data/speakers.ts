import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { characters } from '../../../course'

/** The course's characters; in this lesson 小陈 has to upgrade a running nginx. */
export const speakers: LessonSection<'speakers'> = [
  { ...characters.xiaochen, role: '初级工程师，要给 nginx 换版本' },
  characters.daliu,
]
