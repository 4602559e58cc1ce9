import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The turns in order: each click shows the next one. */
export const dialogue: LessonSection<'dialogue'> = [
  { speaker: 'xiaochen', text: '三个 nginx Pod 要从 1.14.2 升到 1.16.1，得一个个删了重建吗？' },
  { speaker: 'daliu', text: '交给 Deployment：你只改镜像，控制器逐个替换。' },
  { speaker: 'xiaochen', text: '换的时候服务会断吗？换坏了呢？' },
  { speaker: 'daliu', text: '新 Pod 就绪才撤旧的；换坏了就回滚。' },
]
