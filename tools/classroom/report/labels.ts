/**
 * The class report's words (zh-CN, as the course). A tool's words, not the deck's: they stay out
 * of kit/labels.ts, whose text is cut into the deck's fonts; the report's PDF subsets its own.
 */
import type { LessonRef } from '../events'

/** 1.5, or −0.5: minutes to one decimal, with a real minus sign. */
export function formatMinutes(minutes: number): string {
  const text = (Math.round(minutes * 10) / 10).toFixed(1)
  return text === '-0.0' ? '0.0' : text.replace('-', '−')
}

/** Minutes, or a dash where there are none (a slide not reached). */
export function formatMinutesOrDash(minutes: number | undefined): string {
  return minutes === undefined ? '—' : formatMinutes(minutes)
}

/** +1.5 or −0.5: a difference in minutes, always signed. */
export function formatDelta(minutes: number): string {
  const text = formatMinutes(minutes)
  return text.startsWith('−') || text === '0.0' ? text : `+${text}`
}

export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`
}

/** 2026-12-03 09:05 in `timeZone`. */
export function formatTime(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(ms)).map(part => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

export const reportLabels = {
  title: '课堂报告',
  compareTitle: '两次课堂对比',
  lesson: (lesson: LessonRef | undefined): string => lesson ? `课时 ${lesson.number}：${lesson.title}` : '（日志未记录课时）',
  session: '会话',
  summary: '概况',
  perSlide: '每页用时',
  offPlan: '偏长与偏短的页',
  questions: '课堂提问',
  attendance: '出勤',
  slide: '页',
  slideTitle: '标题',
  planned: '计划',
  actual: '实际',
  difference: '差',
  runningOverrun: '累计超时',
  minutesUnit: '分钟',
  long: '偏长',
  short: '偏短',
  notReached: '未讲到',
  visits: (n: number): string => `（${n} 次）`,
  // "超时 −1.6 分钟" reads as a contradiction: time saved is said as such.
  totals: (planned: string, actual: string, overrunMinutes: number): string => {
    const overrun = formatMinutes(Math.abs(overrunMinutes))
    const against = overrun === '0.0' ? '与计划持平' : overrunMinutes > 0 ? `超时 ${overrun} 分钟` : `比计划少用 ${overrun} 分钟`
    return `计划 ${planned} 分钟，实际 ${actual} 分钟，${against}（只计讲到的页）`
  },
  unreached: (count: number, minutes: string): string => `未讲到 ${count} 页，计划 ${minutes} 分钟`,
  paused: (paused: string, idle: string): string => `暂停 ${paused} 分钟（超过 ${idle} 分钟无任何操作的部分不计入当页）`,
  stopped: (stopped: string, restarts: number): string => `服务器停止 ${stopped} 分钟（重启 ${restarts} 次）`,
  notEnded: '最后一次未正常结束（崩溃或仍在进行）：以最后一条记录为结束',
  devices: (n: number | undefined): string => n === undefined ? '加入设备：日志未记录' : `加入设备 ${n} 台`,
  peak: (n: number | undefined): string => n === undefined ? '同时在线：日志未记录' : `同时在线最多 ${n} 台`,
  answering: (n: number): string => `作答设备 ${n} 台`,
  noneOffPlan: '没有明显偏长或偏短的页。',
  offPlanRule: '偏长或偏短：与计划相差至少 1 分钟且至少为计划的四分之一。',
  kind: (kind: 'choice' | 'poll'): string => kind === 'poll' ? '投票' : '选择题',
  answers: (n: number): string => `${n} 人作答`,
  shareCorrect: (share: string, correct: number, answers: number): string => `正确率 ${share}（${correct}/${answers}）`,
  correctOption: '正确答案',
  option: '选项',
  count: '人数',
  share: '占比',
  notAsked: (prompts: readonly string[]): string => `未发起：${prompts.join('；')}`,
  noQuestions: '本次没有发起课堂提问。',
  privacy: '本报告只含人数与比例，不含任何一位学生的数据。',
  baseline: '基准',
  current: '本次',
  change: '变化',
  overrunChange: (baseline: string, current: string, delta: string, better: boolean | undefined): string =>
    `超时：基准 ${baseline} 分钟，本次 ${current} 分钟，变化 ${delta} 分钟${better === undefined ? '' : better ? '（更贴近计划）' : '（偏离更多）'}`,
  planChanged: '注意：两次的计划分钟数不同；“计划”列为本次的计划。',
  chartLegend: (series: readonly string[]): string => series.join(' / '),
  chartAlt: (rows: number): string => `条形图：${rows} 页的计划与实际分钟数`,
  compareChartAlt: (rows: number): string => `条形图：${rows} 页的计划分钟数与两次课堂的实际分钟数`,
} as const
