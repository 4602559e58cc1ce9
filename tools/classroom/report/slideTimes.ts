/**
 * Where a class session's time went, slide by slide, from the log's events and their server
 * timestamps. Pure: the events and the idle rule come in, nothing is read from a clock.
 *
 * - Time runs only while a server process serves the session: from its `start` (or, in an older
 *   log, its `questions` line) to its `end`, or to its last event when it crashed. The time in
 *   between processes is `stoppedMs`: nobody could move the class then.
 * - The time between two events belongs to the slide the class was on; going back to an earlier
 *   slide adds to that slide's time.
 * - An idle gap (nothing logged for longer than `idleAfterMs`: no click, no answer, no phone
 *   joining or leaving) counts up to `idleAfterMs` on the slide; the rest is `pausedMs`, so a
 *   break or a server left running after class does not make one slide look endless.
 */
import type { ClassEvent } from '../events'

export interface SlideTime {
  slide: number
  /** Milliseconds the class spent on this slide, all visits together. */
  ms: number
  /** How many times the class arrived on this slide. */
  visits: number
}

export interface SessionTimes {
  /** Per slide the class was on, by slide number. */
  slides: Map<number, SlideTime>
  /** Time past the idle limit in idle gaps. */
  pausedMs: number
  /** Time between server processes (a crash or a stop, then --resume). */
  stoppedMs: number
  /** Server processes that served the session (1 + restarts). */
  processes: number
  /** First and last event's time; undefined for an empty log. */
  firstAt: number | undefined
  lastAt: number | undefined
}

/** The default idle limit: the longest a plan may give one slide (the lesson schema's maximum). */
export const DEFAULT_IDLE_AFTER_MS = 15 * 60_000

function isProcessStart(event: ClassEvent, previous: ClassEvent | undefined): boolean {
  // A new log's process writes `start` then `questions`; an older log's only `questions`.
  return event.t === 'start' || (event.t === 'questions' && previous?.t !== 'start')
}

export function slideTimes(events: readonly ClassEvent[], idleAfterMs: number = DEFAULT_IDLE_AFTER_MS): SessionTimes {
  const slides = new Map<number, SlideTime>()
  const result: SessionTimes = { slides, pausedMs: 0, stoppedMs: 0, processes: 0, firstAt: events[0]?.at, lastAt: events.at(-1)?.at }
  const arrive = (slide: number): void => {
    const known = slides.get(slide)
    if (known)
      known.visits++
    else
      slides.set(slide, { slide, ms: 0, visits: 1 })
  }
  let slide = 1
  let running = false
  let previousAt = 0
  let previous: ClassEvent | undefined
  for (const event of events) {
    if (isProcessStart(event, previous)) {
      if (previous !== undefined)
        result.stoppedMs += Math.max(0, event.at - previousAt)
      if (result.processes === 0)
        arrive(slide)
      result.processes++
      // The position carries over a restart: the server replays it from the log.
      running = true
    }
    else if (running) {
      const gap = Math.max(0, event.at - previousAt)
      slides.get(slide)!.ms += Math.min(gap, idleAfterMs)
      result.pausedMs += Math.max(0, gap - idleAfterMs)
      if (event.t === 'go' && event.slide !== slide) {
        slide = event.slide
        arrive(slide)
      }
      if (event.t === 'end')
        running = false
    }
    previousAt = event.at
    previous = event
  }
  return result
}
