/**
 * A synthetic class session's log for the class report's tests and its documented example: two
 * server processes (a crash, then --resume), a return to an earlier slide, an idle gap, joins,
 * phones online and two questions. Times are minutes from the session's start.
 */
import type { LiveQuestion } from '../../kit/classroom/protocol'
import type { ClassEvent, LessonRef, PlannedSlide } from '../../tools/classroom/events'

export const T0 = Date.UTC(2026, 11, 3, 1, 0)
export const at = (minutes: number): number => T0 + minutes * 60_000

export const LESSON: LessonRef = { course: '云原生容器Clouder认证：容器应用与集群管理', number: 2, title: '为什么需要容器集群' }
export const PLAN: PlannedSlide[] = [
  { slide: 1, title: '封面', minutes: 2 },
  { slide: 2, title: '单个容器的风险', minutes: 3 },
  { slide: 3, title: '集群如何应对故障', minutes: 1 },
  { slide: 4, title: '小结', minutes: 2 },
]

export const YEAR: LiveQuestion = { id: 'year', slide: 'history', kind: 'choice', prompt: 'Kubernetes 哪一年开源？', options: ['2013年', '2014年', '2015年'], correct: 1 }
export const RISK: LiveQuestion = { id: 'risk', slide: 'risks', kind: 'poll', prompt: '哪种风险最难预防？', options: ['宕机', '升级'] }
export const NEVER: LiveQuestion = { id: 'never', slide: 'end', kind: 'poll', prompt: '没有发起的问题', options: ['是', '否'] }

/** Hashed student ids as the log keeps them (43 base64url characters). */
export const STUDENTS = ['a', 'b', 'c', 'd'].map(c => `${c.repeat(40)}xyz`)
const [A, B, C, D] = STUDENTS as [string, string, string, string]

/** The session's events; `startAt` moves the whole session (a later class of the same lesson). */
export function sessionLog(options: { lesson?: LessonRef, plan?: PlannedSlide[], slide3Minutes?: number, startAt?: number } = {}): ClassEvent[] {
  const shift = (options.startAt ?? T0) - T0
  const at = (minutes: number): number => T0 + shift + minutes * 60_000
  const plan = options.plan ?? PLAN
  const lesson = options.lesson ?? LESSON
  // How long the class stays on slide 3 before the idle gap's end (default: a 30-minute gap).
  const idleEnd = 10 + (options.slide3Minutes ?? 30)
  // Each server process logs the lesson, its plan and its questions as it starts.
  const processStart = (minutes: number, resumed: boolean): ClassEvent[] => [
    { t: 'start', at: at(minutes), resumed, lesson, slides: plan },
    { t: 'questions', at: at(minutes), questions: [YEAR, RISK, NEVER] },
  ]
  return [
    // Process 1.
    ...processStart(0, false),
    { t: 'join', at: at(0.5), s: A },
    { t: 'join', at: at(0.6), s: B },
    { t: 'online', at: at(0.7), students: 2 },
    { t: 'go', at: at(2), slide: 2, click: 0 },
    { t: 'go', at: at(2.5), slide: 2, click: 1 },
    { t: 'open', at: at(3), q: 'year' },
    { t: 'answer', at: at(3.2), q: 'year', s: A, c: 1 },
    { t: 'answer', at: at(3.3), q: 'year', s: B, c: 0 },
    { t: 'close', at: at(4), q: 'year' },
    { t: 'go', at: at(6), slide: 3, click: 0 },
    // The server crashes after this line; it is back 1.5 minutes later.
    { t: 'online', at: at(6.5), students: 1 },
    // Process 2 (--resume): still on slide 3.
    ...processStart(8, true),
    { t: 'join', at: at(8.2), s: C },
    { t: 'join', at: at(8.3), s: D },
    { t: 'online', at: at(8.4), students: 4 },
    // Back to slide 2, then on to 3 again.
    { t: 'go', at: at(9), slide: 2, click: 1 },
    { t: 'open', at: at(9.2), q: 'risk' },
    { t: 'answer', at: at(9.4), q: 'risk', s: C, c: 0 },
    { t: 'answer', at: at(9.5), q: 'risk', s: D, c: 0 },
    { t: 'answer', at: at(9.6), q: 'risk', s: A, c: 1 },
    { t: 'close', at: at(9.8), q: 'risk' },
    { t: 'go', at: at(10), slide: 3, click: 0 },
    // Nothing at all for 30 minutes (a break), then the last slide.
    { t: 'go', at: at(idleEnd), slide: 4, click: 0 },
    { t: 'end', at: at(idleEnd + 2) },
  ]
}

/** The log as the file holds it: one JSON event per line. */
export function logText(events: readonly ClassEvent[]): string {
  return events.map(event => `${JSON.stringify(event)}\n`).join('')
}
