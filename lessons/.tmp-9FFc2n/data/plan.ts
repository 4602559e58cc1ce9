import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const plan: LessonSection<'plan'> = [
  { id: 'cover', minutes: 1, points: ['本课时的代码、表格、图和图片。'], question: '你见过哪种 Kubernetes 对象？' },
  { id: 'code', title: '一个 Deployment 的 YAML', minutes: 3, points: ['逐步点击：先看元数据，再看副本数，最后整体。'], question: '副本数写在哪一行？' },
  { id: 'table', title: '两种选择器', minutes: 2, points: ['对比等值选择器和集合选择器。'], question: '哪种选择器能写"不等于"？' },
  { id: 'diagram', title: 'Deployment 管理 ReplicaSet', minutes: 2, points: ['从左到右讲三层对象。'], question: 'Pod 归谁直接管理？' },
  { id: 'image', title: '一个 Pod 的样子', minutes: 1, points: ['图中两个容器共享网络。'], question: '同一 Pod 里的容器怎样互相访问？' },
  { id: 'dialogue', title: '六句对话', minutes: 3, points: ['逐句点击。'], question: '副本数为什么会变回去？' },
]
