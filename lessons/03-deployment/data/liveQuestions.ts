import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** Questions the class answers on their phones, each on the slide (plan id) it belongs to. */
export const liveQuestions: LessonSection<'liveQuestions'> = [
  {
    id: 'rollback-target',
    slide: 'rollback',
    kind: 'choice',
    prompt: '执行 kubectl rollout undo 后，控制器实际做了什么？',
    options: [
      '重新 apply 一遍旧的 YAML 文件',
      '把上一个修订版本的 ReplicaSet 扩回来，缩掉当前的',
      '删除 Deployment 再重建',
    ],
    correct: 1,
  },
  {
    id: 'selector-kind',
    slide: 'selectors',
    kind: 'poll',
    prompt: '选出 env 是 test 或 gray 的 Pod，你会用哪种写法？',
    options: ['相等型：env=test', '集合型：env in (test,gray)', '还不确定'],
  },
]
