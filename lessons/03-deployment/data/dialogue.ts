import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The turns in order: each click shows the next one. */
export const dialogue: LessonSection<'dialogue'> = [
  { speaker: 'xiaochen', text: '师傅，三个 nginx Pod 要从 1.14.2 升到 1.16.1，我是不是得一个个删掉再重建？' },
  { speaker: 'daliu', text: '不用手动。把它们交给一个 Deployment，你只改模板里的镜像，剩下的由控制器一步步替换。' },
  { speaker: 'xiaochen', text: '替换的时候服务会断吗？万一新版本有问题怎么办？' },
  { speaker: 'daliu', text: '新 Pod 就绪了才会缩掉旧的，服务不断；有问题就回滚到上一个修订版本。先从 Pod 身上的标签讲起。' },
]
