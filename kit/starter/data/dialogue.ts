import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The turns in order: each click of the clicker shows the next one. */
export const dialogue: LessonSection<'dialogue'> = [
  { speaker: 'xiaochen', text: '示例：老师，我的应用已经能在一个容器里跑起来了，接下来该学什么？' },
  { speaker: 'daliu', text: '示例：先想一想，这台服务器出故障时，你的应用会怎样？' },
  { speaker: 'xiaochen', text: '示例：那就只能等它修好了……' },
]
