import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const speakers: LessonSection<'speakers'> = [
  {
    id: 'xiaochen',
    name: '小陈',
    role: '初级工程师，刚用 Docker 在单容器上跑通 WordPress',
    avatar: '/avatars/xiaochen.svg',
    side: 'left',
  },
  {
    id: 'daliu',
    name: '大刘',
    role: '资深工程师，小陈的师傅',
    avatar: '/avatars/daliu.svg',
    side: 'right',
  },
]
