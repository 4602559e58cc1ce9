import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/**
 * Each slide's title, minutes and notes, by id: slides.md gives the order. Planned for one
 * 45-minute period.
 */
export const plan: LessonSection<'plan'> = [
  {
    id: 'cover',
    minutes: 2,
    points: ['本课时讲 Kubernetes 如何描述资源，以及 Deployment 如何管理一组无状态的 Pod。', '示例基于 Kubernetes v1.31。'],
    question: '你们现在是怎样给线上应用换版本的？',
  },
  {
    id: 'dialogue',
    title: '三个 Pod 要换版本',
    minutes: 4,
    points: ['逐句点击展示对话。', '停在小陈的第二个问题，让学员先说说手动替换的风险。'],
    question: '一个个删掉重建 Pod，会遇到哪些问题？',
  },
  {
    id: 'resource-parts',
    title: '资源对象的组成',
    minutes: 4,
    points: ['spec 写期望的状态，status 由系统写观测到的状态。', '元数据里三样东西：标签、注解、ownerReference。'],
    question: '谁来写 spec，谁来写 status？',
  },
  {
    id: 'labels',
    title: '标签：给资源贴上可查询的键值',
    minutes: 3,
    points: ['标签用来筛选、组合资源，像一条查询。', '演示查看、添加、删除标签的命令。'],
    question: '删除一个标签的命令，结尾为什么是一个减号？',
  },
  {
    id: 'selectors',
    title: '两种选择器',
    minutes: 4,
    points: ['相等型：多个条件同时成立（逻辑与）。', '集合型：in、notin 和“带有某个标签”。', '此页有一道手机投票。'],
    question: 'tie notin (front,back) 会选中没有 tie 标签的 Pod 吗？',
  },
  {
    id: 'annotations-owners',
    title: '注解与 ownerReference',
    minutes: 3,
    points: ['注解记录非标识信息，值里可以有逗号和空格。', 'ownerReference 指向创建它的控制器，用于级联删除和追溯。'],
    question: '什么信息适合放注解，不适合放标签？',
  },
  {
    id: 'deployment-yaml',
    title: '一个 Deployment 的 YAML',
    minutes: 5,
    points: ['逐步点击：元数据、副本数与选择器、Pod 模板、容器。', '强调 selector 必须和模板里的标签对上。'],
    question: '如果 selector 和模板标签不一致，会怎样？',
  },
  {
    id: 'ownership',
    title: 'Deployment → ReplicaSet → Pod',
    minutes: 3,
    points: ['Deployment 不直接管 Pod，而是通过 ReplicaSet。', '一次修订版本就有一个 ReplicaSet 与之对应。'],
    question: '为什么要多出 ReplicaSet 这一层？',
  },
  {
    id: 'rolling-update',
    title: '滚动更新的步骤',
    minutes: 4,
    points: ['逐步点击五个步骤。', '解释 maxSurge 与 maxUnavailable 各管什么。'],
    question: 'maxUnavailable 设为 0 时，更新还能进行吗？',
  },
  {
    id: 'kubectl',
    title: '常用 kubectl 命令',
    minutes: 4,
    points: ['创建、查看、扩缩容、换镜像、看进度。', '不要再用已弃用的 --record 参数，修订原因可写进注解。'],
    question: 'kubectl get rs 在更新过程中会看到几个 ReplicaSet？',
  },
  {
    id: 'rollback',
    title: '回滚',
    minutes: 3,
    points: ['回滚是把流量切回旧的 ReplicaSet，不是重新 apply 旧文件。', '默认保留 10 个旧 ReplicaSet（revisionHistoryLimit）。', '此页有一道手机选择题。'],
    question: '把 revisionHistoryLimit 设为 0 会带来什么后果？',
  },
  {
    id: 'lab',
    title: '动手实验',
    minutes: 2,
    points: ['扫码打开文档，按步骤创建、更新、回滚。'],
    question: '更新时你用哪条命令观察新旧 ReplicaSet 的变化？',
  },
  {
    id: 'recap',
    title: '小结',
    minutes: 2,
    points: ['回顾五个要点。'],
    question: '下次上线新版本，你会先检查哪些字段？',
  },
]
