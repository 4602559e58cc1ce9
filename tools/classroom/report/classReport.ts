/**
 * The class report of one session, from its log: each slide's planned minutes against the time
 * the class spent on it, the running overrun, the slides that ran long or short, each live
 * question's counts, and attendance. Counts and shares only: nothing in it is about one student.
 * Pure: the events, and the plan for an older log that does not carry it, come in.
 */
import type { ClassEvent, LessonRef, PlannedSlide } from '../events'
import type { QuestionResult } from '../results'
import { summarizeResults } from '../results'
import { DEFAULT_IDLE_AFTER_MS, slideTimes } from './slideTimes'

export interface SlideRow {
  slide: number
  title: string
  plannedMinutes: number
  actualMinutes: number
  /** Whether the class was on this slide at all. */
  reached: boolean
  visits: number
  /** Sum of (actual − planned) over the reached slides up to this one; undefined when not reached. */
  runningOverrunMinutes: number | undefined
  /** Ran long or short by the report's rule (see `deviation`); undefined when on time or not reached. */
  verdict: 'long' | 'short' | undefined
}

export interface ClassReport {
  /** The log's name (class-…), as the session's name. */
  session: string
  lesson: LessonRef | undefined
  /** Server time of the first and last event (ms since the epoch). */
  startedAt: number | undefined
  endedAt: number | undefined
  /** Whether the last server process stopped cleanly (an `end` event). */
  endedCleanly: boolean
  slides: SlideRow[]
  plannedMinutes: number
  /** Minutes on slides, all together. */
  actualMinutes: number
  /** Actual minus planned, over the reached slides. */
  overrunMinutes: number
  /** Planned minutes of the slides the class never reached. */
  unreachedMinutes: number
  pausedMinutes: number
  stoppedMinutes: number
  restarts: number
  questions: QuestionResult[]
  attendance: {
    /** Devices that joined (first hello); undefined in an older log without join events. */
    devices: number | undefined
    /** Devices that answered at least one question. */
    answering: number
    /** Most student phones connected at once; undefined in an older log. */
    peakOnline: number | undefined
  }
}

export interface ReportOptions {
  session: string
  /** The plan for a log written before sessions recorded it (from the lesson, via the kit's loader). */
  fallbackPlan?: readonly PlannedSlide[]
  fallbackLesson?: LessonRef
  idleAfterMs?: number
}

/** A slide ran long or short when it is off the plan by at least a minute and a quarter of its plan. */
export function deviation(plannedMinutes: number, actualMinutes: number): 'long' | 'short' | undefined {
  const off = actualMinutes - plannedMinutes
  const limit = Math.max(1, plannedMinutes / 4)
  return off >= limit ? 'long' : -off >= limit ? 'short' : undefined
}

function minutes(ms: number): number {
  return ms / 60_000
}

/** The plan the session started with last (a resume records the lesson's plan again). */
function recordedStart(events: readonly ClassEvent[]): Extract<ClassEvent, { t: 'start' }> | undefined {
  return events.findLast((event): event is Extract<ClassEvent, { t: 'start' }> => event.t === 'start')
}

export function buildClassReport(events: readonly ClassEvent[], options: ReportOptions): ClassReport {
  const start = recordedStart(events)
  const plan = start?.slides ?? options.fallbackPlan
  if (!plan)
    throw new Error(`${options.session} does not record the lesson's plan (an older log): give the plan of the lesson it was taught with`)
  const times = slideTimes(events, options.idleAfterMs ?? DEFAULT_IDLE_AFTER_MS)
  const planned = new Map(plan.map(entry => [entry.slide, entry]))
  // Every planned slide, and any slide the class was on that the plan lacks (the deck changed since).
  const numbers = [...new Set([...planned.keys(), ...times.slides.keys()])].sort((a, b) => a - b)
  let running = 0
  const slides = numbers.map((slide): SlideRow => {
    const entry = planned.get(slide)
    const time = times.slides.get(slide)
    const plannedMinutes = entry?.minutes ?? 0
    const actualMinutes = minutes(time?.ms ?? 0)
    if (time)
      running += actualMinutes - plannedMinutes
    return {
      slide,
      title: entry?.title ?? '',
      plannedMinutes,
      actualMinutes,
      reached: time !== undefined,
      visits: time?.visits ?? 0,
      runningOverrunMinutes: time ? running : undefined,
      verdict: time ? deviation(plannedMinutes, actualMinutes) : undefined,
    }
  })
  const reached = slides.filter(row => row.reached)
  const sum = (rows: readonly SlideRow[], pick: (row: SlideRow) => number): number => rows.reduce((total, row) => total + pick(row), 0)
  const joined = new Set<string>()
  const answering = new Set<string>()
  let peakOnline: number | undefined
  for (const event of events) {
    if (event.t === 'join')
      joined.add(event.s)
    if (event.t === 'answer')
      answering.add(event.s)
    if (event.t === 'online')
      peakOnline = Math.max(peakOnline ?? 0, event.students)
  }
  const recordsAttendance = events.some(event => event.t === 'start')
  return {
    session: options.session,
    lesson: start?.lesson ?? options.fallbackLesson,
    startedAt: times.firstAt,
    endedAt: times.lastAt,
    endedCleanly: events.at(-1)?.t === 'end',
    slides,
    plannedMinutes: sum(slides, row => row.plannedMinutes),
    actualMinutes: sum(slides, row => row.actualMinutes),
    overrunMinutes: sum(reached, row => row.actualMinutes - row.plannedMinutes),
    unreachedMinutes: sum(slides.filter(row => !row.reached), row => row.plannedMinutes),
    pausedMinutes: minutes(times.pausedMs),
    stoppedMinutes: minutes(times.stoppedMs),
    restarts: Math.max(0, times.processes - 1),
    questions: summarizeResults(events),
    attendance: {
      devices: recordsAttendance ? joined.size : undefined,
      answering: answering.size,
      peakOnline: recordsAttendance ? (peakOnline ?? 0) : undefined,
    },
  }
}
