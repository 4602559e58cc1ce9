import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { comparison } from './comparison'
import { history } from './history'
import { milestoneActorOptions, milestoneYearOptions, singleContainerCaptions } from './liveQuestionFacts'
import { topologies } from './topologies'

/**
 * Questions the class answers on their phones during the lesson, each on the slide (plan id)
 * it belongs to. Options and answers come from the lesson's own facts (liveQuestionFacts.ts).
 */
export const liveQuestions: LessonSection<'liveQuestions'> = [
  {
    id: 'hardest-risk',
    slide: 'single-risks',
    kind: 'poll',
    prompt: '你认为单个容器的哪种风险最难提前预防？',
    options: singleContainerCaptions(comparison, topologies),
  },
  {
    id: 'kubernetes-year',
    slide: 'history-early',
    kind: 'choice',
    prompt: 'Google 在哪一年开源了 Kubernetes？',
    ...milestoneYearOptions(history.milestones, 'kubernetes-open-source'),
  },
  {
    id: 'cni-author',
    slide: 'history-2015',
    kind: 'choice',
    prompt: '容器网络接口规范（CNI）是哪家公司推出的？',
    ...milestoneActorOptions(history.milestones, 'cni'),
  },
]
