import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/**
 * One entry per slide, in slide order: slides.md names each with `plan: <id>`. The title goes on
 * the slide; the minutes, talking points and the class question become its speaker notes.
 */
export const plan: LessonSection<'plan'> = [
  {
    id: 'cover',
    minutes: 1,
    points: ['示例：用一句话说明本课时要回答的问题。'],
    question: '示例：开场问学员的问题？',
  },
  {
    id: 'dialogue',
    title: '示例：一段对话',
    minutes: 3,
    points: ['示例：逐句点击展示对话。'],
    question: '示例：你会怎么回答？',
  },
  {
    id: 'diagram',
    title: '示例：一张示意图',
    minutes: 2,
    points: ['示例：图由 data/topologies.ts 生成。'],
    question: '示例：图中哪台服务器出了问题？',
  },
  {
    id: 'timeline',
    title: '示例：时间线',
    minutes: 2,
    points: ['示例：每次点击出现下一个里程碑。'],
    question: '示例：哪一个里程碑最重要？',
  },
  {
    id: 'lab',
    title: '示例：动手实验',
    minutes: 1,
    points: ['示例：请学员扫码打开实验。'],
    question: '示例：实验中遇到了什么问题？',
  },
  {
    id: 'recap',
    title: '示例：小结',
    minutes: 2,
    points: ['示例：回顾本课时的要点。'],
    question: '示例：哪一点你还不确定？',
  },
]
