import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'
import { clusterPlaygroundPlan, schedulingPlaygroundPlan } from './playground-plan'

/**
 * One entry per slide, in slide order: the title, the minutes the instructor
 * plans for it, and the speaker notes (talking points and a question for the
 * class). slides.md links each slide to its entry with `plan: <id>`.
 */
export const plan: LessonSection<'plan'> = [
  {
    id: 'cover',
    minutes: 1,
    points: [
      '本课时承接上一课时：小陈已经会用 Docker 在单容器上运行 WordPress。',
      '今天回答一个问题：把网站放到生产环境，单个容器够不够用？',
    ],
    question: '上一课时我们用 Docker 完成了哪几步？',
  },
  {
    id: 'opening',
    title: '开场思考',
    minutes: 2,
    points: [
      '先不给答案，请学员带着“思考”题听后面的对话。',
      '强调场景：从“能跑起来”到“正式上线运营”，要求完全不同。',
    ],
    question: '你们公司的网站如果停机一小时，会有什么损失？',
  },
  {
    id: 'dialogue-problem',
    title: '小陈请教大刘：单个容器行不行？',
    minutes: 2,
    points: [
      '逐句点击展示对话，每句停顿，让学员先猜下一句。',
      '大刘一口气提出三种情况：宿主机故障、停机升级、访问量超过单个容器的处理能力。',
    ],
    question: '这三种情况，你在工作中遇到过哪一种？',
  },
  {
    id: 'dialogue-cluster',
    title: '大刘的答案：容器集群',
    minutes: 3,
    points: [
      '“一个好汉三个帮”：多个相同应用的容器，跨服务器，统一访问地址。',
      '对应前面的三种情况：异常或升级时其他容器不受影响；处理能力远超单实例；容器数量随负载调整。',
    ],
    question: '为什么容器必须“跨服务器”，放在同一台服务器上不行吗？',
  },
  {
    id: 'dialogue-management',
    title: '管理容器集群复杂吗？',
    minutes: 2,
    points: [
      '容器集群技术已经很成熟，管理自动化、智能化程度很高。',
      '引出 Kubernetes 和“容器编排技术”，后面的发展历程会再次出现。',
    ],
    question: '你听说过哪些容器集群或编排工具？',
  },
  {
    id: 'single-risks',
    title: '单个容器的三个风险',
    minutes: 3,
    points: [
      '逐个点击三张图：宿主机故障、停机升级、访问量超出处理能力。',
      '共同点：只有一个容器，它出问题，整个网站就出问题（单点故障）。',
    ],
    question: '哪一种风险最难提前预防？为什么？',
  },
  {
    id: 'cluster-answer',
    title: '容器集群：统一访问地址 + 多个相同容器',
    minutes: 2,
    points: [
      '用户只认识一个统一访问地址，不关心后面有几个容器、在哪台服务器上。',
      '统一访问地址把请求分发给健康的容器，这就是负载均衡。',
    ],
    question: '如果统一访问地址本身只有一个，它会不会成为新的单点？',
  },
  {
    id: 'cluster-failover',
    title: '集群应对宿主机故障：故障转移',
    minutes: 1,
    points: [
      '服务器 1 故障，它上面的容器随之停止；统一访问地址不再把请求发给它。',
      '其他服务器上的容器未受影响，整个集群照常提供服务。',
    ],
    question: '故障的服务器修好之前，集群少了一个容器，处理能力够不够？',
  },
  {
    id: 'cluster-rolling-upgrade',
    title: '集群应对应用升级：滚动升级',
    minutes: 1,
    points: [
      '一次只升级一个容器：升级中的容器暂不接收请求，其余容器照常服务。',
      '逐个替换完成后，全部容器都运行新版本，用户感觉不到停机。',
    ],
    question: '滚动升级时新旧两个版本同时在线，可能带来什么问题？',
  },
  {
    id: 'cluster-scaling',
    title: '集群应对访问量激增：弹性伸缩',
    minutes: 1,
    points: [
      '访问量上升时增加容器数量，分担请求；访问量下降时减少容器，节省资源。',
      '这就是大刘说的“根据业务负载的变化，相应调整集群中的容器数量，实现业务的弹性”。',
    ],
    question: '新增的容器应该放在哪台服务器上？由谁来决定？',
  },
  clusterPlaygroundPlan,
  {
    id: 'comparison',
    title: '单个容器与容器集群对比',
    minutes: 1,
    points: [
      '同一事件，两种结果：把每一行从左读到右。',
      '集群的价值在于“照常提供服务”和“弹性”，而不是单纯的容器更多。',
    ],
    question: '如果只有两台服务器，集群还能应对哪几种情况？',
  },
  {
    id: 'necessity',
    title: '容器越来越多，问题随之而来',
    minutes: 3,
    points: [
      '从“一个不够”到“越来越多”：规模本身带来新问题。',
      '逐个点击四个问题，请学员对应到前面看到的场景。',
    ],
    question: '这四个问题中，哪一个靠写脚本最难解决？',
  },
  {
    id: 'manual-limits',
    title: '为什么人工管理不可行',
    minutes: 2,
    points: [
      '容器轻量、短暂：随时创建和销毁，数量可能达到数百甚至数千个。',
      '大规模时必须考虑调度、部署、跨节点访问、自动伸缩：这就是容器集群技术要做的事。',
    ],
    question: '凌晨三点一台服务器宕机，没有集群技术时谁来处理？要多久？',
  },
  schedulingPlaygroundPlan,
  {
    id: 'history-early',
    title: '发展历程：2013–2014',
    minutes: 2,
    points: [
      '容器集群技术是近些年容器技术演进的重点领域：先看编排平台的出现。',
      'Marathon 在同一组服务器上更智能地运行多种程序和服务；Kubernetes 的目标是跨集群的部署和运维自动化。',
    ],
    question: '“在同一组服务器上运行多种程序”与“一台服务器一个应用”相比，好处是什么？',
  },
  {
    id: 'history-2015',
    title: '发展历程：2015',
    minutes: 2,
    points: [
      '网络接口标准出现：CoreOS 的 CNI 与 Docker 的 CNM。',
      'CNCF 成立，给出云原生最初的定义：应用容器化、面向微服务架构、支持容器的编排调度。',
    ],
    question: 'CNI 和 CNM 为什么会同时出现？标准之争对用户意味着什么？',
  },
  {
    id: 'history-middle',
    title: '发展历程：2016–2017',
    minutes: 1,
    points: [
      'Kubernetes 进入 CNCF，Docker 内置 Swarm：编排平台之间开始竞争。',
      'OCI 和 CSI：运行时、镜像、存储接口走向标准化，插件“写一次，到处可用”。',
    ],
    question: '标准化接口对存储厂商和用户分别有什么好处？',
  },
  {
    id: 'history-late',
    title: '发展历程：2018 年及之后',
    minutes: 2,
    points: [
      '“毕业”是 CNCF 对项目成熟度的认可：Kubernetes 和 Prometheus 先后毕业。',
      '2018 年之后 Kubernetes 成为业界通用的容器编排方案，各大厂商纷纷支持。',
    ],
    question: '你们团队现在用的是哪家厂商的 Kubernetes 服务？',
  },
  {
    id: 'orchestration',
    title: '容器编排技术',
    minutes: 2,
    points: [
      'Mesos、Swarm、Kubernetes：都是跨集群的应用级别容器部署、管理和运维的自动化平台。',
      '这类平台统称容器编排技术，回答了前面“如何跨主机部署、调度、升级、监视”的四个问题。',
    ],
    question: '编排平台把哪些原来靠人工做的事情自动化了？',
  },
  {
    id: 'lab',
    title: '动手实践',
    minutes: 2,
    points: [
      '请学员扫码或输入链接，课后完成实验。',
      '实验中留意：网站由多少个容器提供服务，统一访问地址是什么。',
    ],
    question: '实验前先预测：删除一个容器后，网站还能访问吗？',
  },
  {
    id: 'recap',
    title: '小结',
    minutes: 2,
    points: [
      '回到开场的“思考”题，请学员用一句话回答。',
      '下一课时预告：容器编排技术 Kubernetes 的基本概念。',
    ],
    question: '回到开场的“思考”题：现在你会怎样回答？理由是什么？',
  },
]
