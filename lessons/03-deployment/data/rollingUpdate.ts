import type { blocks, SectionInput } from 'slidev-addon-lesson-kit/lesson'

/**
 * What the Deployment controller does when the Pod template changes (source S3, S5): a section of
 * this lesson's own, shown one step per click by <StepList>.
 */
export const rollingUpdate: SectionInput<typeof blocks.steps> = [
  { title: '修改模板', text: '只有 .spec.template 改变（例如换镜像）才算一次新的修订版本。' },
  { title: '新建 ReplicaSet', text: '控制器为新模板建一个 ReplicaSet，起初副本数为 0。' },
  { title: '先扩新的', text: '在 maxSurge 允许的范围内，新 ReplicaSet 多建出 Pod。' },
  { title: '再缩旧的', text: '新 Pod 就绪后，在 maxUnavailable 允许的范围内，旧 ReplicaSet 减少 Pod。' },
  { title: '交替直到完成', text: '两者此消彼长，直到新 ReplicaSet 达到 replicas，旧的缩到 0 并保留作历史。' },
]
