/**
 * What a phone shows of each slide: the public deck's own rendering of it at each click, taken
 * as markup at build time (tools/classroom/phoneSnapshots.ts) and laid out by the same
 * components' rules in their narrow variant. No notes and no answers are ever part of it.
 */

export interface PhoneSlide {
  /** Slidev's slide number (from 1), as in the server's position. */
  no: number
  title: string
  /** The slide's markup at click 0, 1, … (its last click is its final state). */
  states: string[]
}

/** A slide's number, title and clicks, known before its markup is loaded. */
export interface PhoneSlideOutline { no: number, title: string, clicks: number }

/**
 * The markup at `click` (null: the final state, for a slide the student browses back to). A click
 * past the slide's last shows its final state, as the deck does.
 */
export function stateAt(states: readonly string[], click: number | null): string {
  const last = states.length - 1
  return states[click === null ? last : Math.min(Math.max(0, click), last)] ?? ''
}
