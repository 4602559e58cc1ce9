import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { characters } from '../course'

/** The course's two characters; in this lesson 小陈 has just run WordPress in one container. */
export const speakers: LessonSection<'speakers'> = [
  { ...characters.xiaochen, role: '初级工程师，刚用 Docker 在单容器上跑通 WordPress' },
  characters.daliu,
]
