/**
 * Every Chinese word the kit itself puts on a slide, a phone, a PDF or a screen reader: one file,
 * so a course in another language, or a reviewer of the wording, reads and changes them here.
 * A lesson's own words are in its data/. Grouped by where they appear; each group is its own
 * export, so a bundle (the phone app's) carries only the groups it uses.
 *
 * The font subsets are cut from this file's text (kit/vite/fonts/readSources.ts); the groups a
 * slide's component uses are named in `componentLabels`, so the labels of the first slide's
 * components go into the first font slice.
 */
import { formatMinutes } from './slides/schedule'

/** How the kit joins words: Chinese punctuation is full-width. */
export const phrasing = {
  /** 提问：… */
  labelled: (label: string, text: string): string => `${label}：${text}`,
  /** 主机 1（故障）, 容器 A（已停止，请求无法到达） */
  withNotes: (label: string, notes: readonly string[]): string => `${label}（${notes.join('，')}）`,
  /** （满载） on a line of its own under a diagram's box. */
  aside: (note: string): string => `（${note}）`,
} as const

/** The cover slide. */
export const coverLabels = {
  lessonNumber: (n: number): string => `课时 ${n}`,
  /** The lesson's full title line, as the source writes it: 云原生—课时2：为什么… */
  titleLine: (course: string, n: number, title: string): string => `${course}—课时${n}：${title}`,
} as const

/** The lab slide's card. */
export const labLabels = {
  address: '实验地址',
  qrName: (title: string): string => `${title} 二维码`,
  qrCaption: '扫码打开实验',
} as const

/** Topology diagrams: the words under a diagram and the text a screen reader and a tagged PDF read for it. */
export const diagramLabels = {
  syntaxError: '图表无法显示（Mermaid 语法错误）',
  loadError: '图表无法显示（Mermaid 未能加载，请重新构建）',
  verdicts: { served: '服务正常', degraded: '服务受损', down: '服务中断' },
  /** Under a container's label, so its state reads without colour; ready says nothing. */
  containerStates: { ready: null, failed: '已停止', stopped: '停机', upgrading: '升级中', overloaded: '满载', added: '新增' },
  downHost: '故障',
  unreachable: '请求无法到达',
  /** 宿主机故障示意图。用户的请求经负载均衡分发到：主机 1上的…；…。服务正常：… */
  description: (parts: { caption: string, client: string, entry: string | undefined, hosts: readonly string[], verdict: string, outcome: string }): string => {
    const route = parts.entry ? `${parts.client}的请求经${parts.entry}分发到` : `${parts.client}的请求直接发往`
    return `${parts.caption}示意图。${route}：${parts.hosts.join('；')}。${parts.verdict}：${parts.outcome}。`
  },
  /** 主机 1（故障）上的容器 A（已停止，请求无法到达）、… */
  hostContents: (host: string, containers: readonly string[]): string => `${host}上的${containers.join('、')}`,
} as const

/** The milestone timeline. */
export const timelineLabels = {
  ruler: '时间轴',
  count: (n: number): string => `${n} 项`,
  /** The badge of the one kind of milestone a history has when it names no kinds of its own. */
  milestone: '里程碑',
  /** `2013年7月`, `2013年`, or `2018年之后` for an open-ended milestone, as the source writes them. */
  date: (year: number, month: number | null, after: boolean): string =>
    after ? `${year}年之后` : month === null ? `${year}年` : `${year}年${month}月`,
} as const

/** The cluster playground: the simulation's two sides, its figures and its controls. */
export const playgroundLabels = {
  replicaStates: { ready: '就绪', starting: '启动中', terminating: '终止中', failed: '故障' },
  replica: (version: string, state: string): string => `容器 ${version} ${state}`,
  pending: '待调度',
  host: (n: number): string => `主机 ${n}`,
  hostUp: '运行中',
  hostDown: '宕机',
  slotFree: '空位',
  slotUnavailable: '不可用',
  availability: '本步可用率',
  served: '已处理',
  dropped: '已丢弃',
  outage: '中断',
  seconds: (n: number): string => `${n} 秒`,
  now: '此刻',
  cluster: '集群',
  clusterEntry: (ready: number): string => `访问地址 → 负载均衡 → 只转发给就绪副本（${ready} 个）`,
  requestsPerSecond: (n: number): string => `每秒 ${n} 个请求`,
  desiredReplicas: '期望副本',
  upgradingTo: (version: string): string => `正在升级到 ${version}`,
  version: (version: string): string => `版本 ${version}`,
  autoscaling: (on: boolean): string => `自动扩缩：${on ? '开' : '关'}`,
  single: '单容器',
  singleEntry: '直连，无调度器',
  singleCapacity: (n: number): string => `每秒最多处理 ${n} 个`,
  singleNote: '主机宕机或升级 = 服务中断；超出处理能力的请求被丢弃',
  freePlay: '自由操作',
  freePlayClock: (tick: number): string => `自由操作 · 第 ${tick} 秒`,
  failHost: (n: number): string => `主机 ${n} 宕机`,
  recoverHost: (n: number): string => `恢复主机 ${n}`,
  crash: '容器崩溃',
  upgradeTo: (version: string): string => `升级到 ${version}`,
  loadUp: (step: number): string => `流量 +${step}`,
  loadDown: (step: number): string => `流量 −${step}`,
  tick: '走一秒',
  run: '运行',
  pause: '暂停',
  backToScript: '回到脚本',
  /** What a screen reader says at each scripted step. */
  stepAnnouncement: (step: number, steps: number, caption: string, cluster: string, single: string): string =>
    `第 ${step} 步，共 ${steps} 步：${caption}。集群可用率 ${cluster}，单容器可用率 ${single}。`,
} as const

/** Speaker notes in the presenter view (and the notes PDF). */
export const notesLabels = {
  /** The notes region's accessible name: the speaker's script. */
  region: '讲稿',
  question: '提问',
  /** Between the planned minutes and where they fall in the lesson. */
  separator: ' ｜ ',
  /** 计划 2 分钟 */
  planned: (minutes: number): string => `计划 ${formatMinutes(minutes)} 分钟`,
  /** 第 3–5 分钟（共 43 分钟） */
  span: (start: number, end: number, total: number): string =>
    `第 ${formatMinutes(start)}–${formatMinutes(end)} 分钟（共 ${formatMinutes(total)} 分钟）`,
} as const

/** The words the handout and the notes pages print around the slides. */
export const printLabels = {
  handout: '学生讲义',
  notes: '讲师备课稿',
  question: '课堂提问',
  liveQuestion: '手机答题',
  correctAnswer: '（正确答案）',
  poll: '投票，无标准答案',
  noNotes: '（本页无讲稿）',
  /** 本页 2 分钟 · 累计 5 / 43 分钟 */
  minutes: (minutes: number, end: number, total: number): string =>
    `本页 ${formatMinutes(minutes)} 分钟 · 累计 ${formatMinutes(end)} / ${formatMinutes(total)} 分钟`,
  /** 第 2 页 / 共 8 页 */
  page: (pageNo: number, pageCount: number): string => `第 ${pageNo} 页 / 共 ${pageCount} 页`,
} as const

/** The classroom's own interface: the phone, the remote, the projector's overlay and join card. */
export const classroomLabels = {
  /** The pages' titles (their tab, what a screen reader announces first). */
  studentPageTitle: '课堂同步',
  remotePageTitle: '讲师遥控',
  backToLive: '回到当前',
  previous: '上一页',
  next: '下一页',
  slideOf: (no: number, total: number): string => `第 ${no} / ${total} 页`,
  browsing: '你正在回看',
  live: '正在同步',
  connecting: '正在连接…',
  offline: '连接中断，正在重连…',
  answered: '已提交，等待揭晓',
  answerPrompt: '请选择一个答案',
  correct: '正确答案',
  yourAnswer: '你的选择',
  responses: (n: number): string => `${n} 人作答`,
  /** 12（40%） */
  countShare: (count: number, share: number): string => `${count}（${share}%）`,
  openQuestion: '发起提问',
  closeQuestion: '结束并揭晓',
  nextStep: '下一步',
  previousStep: '上一步',
  timer: '计时',
  startTimer: '开始',
  pauseTimer: '暂停',
  resetTimer: '重置',
  end: '（结束）',
  questions: '课堂提问',
  notAuthorized: '此页面需要讲师链接（终端里带 #token 的地址）。',
  joinTitle: '扫码加入课堂',
  joinHint: '手机连接同一 Wi-Fi，扫码或输入地址',
  students: (n: number): string => `${n} 名学员在线`,
  step: (click: number): string => `第 ${click} 步`,
  poll: '投票',
  choice: '单选题',
  closed: '已结束',
  open: '进行中',
} as const

/** What a phone shows when the server refused it an identity (shown rarely: not in the first font slice). */
export const phoneRefusalLabels = {
  noIdentity: '这台设备未能加入课堂：同一网络地址的设备已达上限。请告诉讲师。',
} as const

/** The remote's view of who holds the room: identities per address, refusals, presenter devices. */
export const remoteRoomLabels = {
  region: '设备与身份',
  identities: (n: number, classSize: number, perDevice: number): string => `已发放 ${n} / ${classSize} 个学员身份（每个地址最多 ${perDevice} 个）`,
  refused: (n: number): string => `已拒绝 ${n} 次`,
  address: '地址',
  addressIdentities: '身份',
  connections: '连接',
  refusedColumn: '拒绝',
  devices: '讲师设备',
  device: (id: string, online: number): string => `设备 ${id}（${online} 个连接）`,
  thisDevice: '（本机）',
  revoke: '撤销',
  relink: '生成新的讲师链接',
  relinked: '新链接已打印在讲师电脑的终端里，旧链接已失效。',
} as const

// Every group is a plain object literal that reads no other group, so a bundle that uses none of
// a group drops it (the phone app leaves out the playground's).

/**
 * The groups of labels (by their names in this file) each of the kit's slide components shows,
 * for the font's first slice: the subsetter reads a group's text from this file, since a
 * function's words are not in what a transpiler makes of it.
 */
export const componentLabelGroups: Readonly<Record<string, readonly string[]>> = {
  LessonCover: ['coverLabels'],
  LabCard: ['labLabels'],
  MermaidDiagram: ['diagramLabels', 'phrasing'],
  TopologyDiagram: ['diagramLabels', 'phrasing'],
  TopologyGallery: ['diagramLabels', 'phrasing'],
  ComparisonTable: ['diagramLabels', 'phrasing'],
  MilestoneTimeline: ['timelineLabels'],
  ClusterPlayground: ['playgroundLabels'],
}

/** The groups whose words the phone app shows on its first screen (the slide count, 回到当前, the cover). */
export const phoneFirstScreenLabelGroups: readonly string[] = ['classroomLabels', 'coverLabels']
