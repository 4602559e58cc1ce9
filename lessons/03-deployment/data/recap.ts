import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const recap: LessonSection<'recap'> = {
  points: [
    '资源对象 = 元数据 + spec（期望状态）+ status（观测状态）',
    '标签用来筛选和分组，选择器有相等型与集合型两种',
    '注解存放非标识信息，ownerReference 记录谁管理谁',
    'Deployment 管理 ReplicaSet，ReplicaSet 管理 Pod',
    '改模板触发滚动更新，rollout undo 切回旧的 ReplicaSet',
  ],
}
