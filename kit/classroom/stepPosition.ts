import type { Position } from './protocol.ts'

export interface OutlineSlide { no: number, title: string, clicks: number }

/**
 * The position one step forward or back, as the deck's → and ← keys move: through the slide's
 * clicks, then to the next slide's start (or back to the previous slide's last click). Stays
 * put at either end of the deck.
 */
export function stepPosition(position: Position, outline: readonly OutlineSlide[], direction: 1 | -1): Position {
  const clicksOf = (no: number) => outline.find(s => s.no === no)?.clicks ?? 0
  const last = outline.length
  if (direction === 1) {
    if (position.click < clicksOf(position.slide))
      return { slide: position.slide, click: position.click + 1 }
    return position.slide < last ? { slide: position.slide + 1, click: 0 } : position
  }
  if (position.click > 0)
    return { slide: position.slide, click: Math.min(position.click - 1, clicksOf(position.slide)) }
  return position.slide > 1 ? { slide: position.slide - 1, click: clicksOf(position.slide - 1) } : position
}

const samePosition = (a: Position, b: Position): boolean => a.slide === b.slide && a.click === b.click

/**
 * The steps a remote sent that the server has not confirmed yet, after it confirms `confirmed`:
 * those sent after the confirmed one stay; a position the remote did not ask for (another device
 * moved the class) drops them all. A remote steps on from the last one left, so two quick taps on
 * a slow network are two steps, not one sent twice.
 */
export function unconfirmedSteps(sent: readonly Position[], confirmed: Position): Position[] {
  const index = sent.findIndex(position => samePosition(position, confirmed))
  return index === -1 ? [] : sent.slice(index + 1)
}

/** A remote's next step: from the last step it sent that is not confirmed yet, else from where the class is. */
export function stepFrom(confirmed: Position, unconfirmed: readonly Position[], outline: readonly OutlineSlide[], direction: 1 | -1): Position {
  return stepPosition(unconfirmed.at(-1) ?? confirmed, outline, direction)
}

/** `mm:ss` of a duration, `-mm:ss` once past it (a countdown running over). */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  const seconds = Math.floor(Math.abs(ms) / 1000)
  return `${sign}${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}
