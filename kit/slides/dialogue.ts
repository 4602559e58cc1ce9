export interface DialogueView {
  /** How many turns are on screen. */
  visible: number
  /** Index of the turn being spoken (the last one shown). */
  current: number
}

/**
 * Which turns of a dialogue are on screen after `step` clicks: the first turn
 * is there when the slide opens and each click adds one, so a dialogue of n
 * turns takes n − 1 clicks.
 */
export function dialogueView(turnCount: number, step: number): DialogueView {
  if (turnCount <= 0)
    return { visible: 0, current: -1 }
  const visible = Math.min(turnCount, Math.max(1, step + 1))
  return { visible, current: visible - 1 }
}

/** Clicks a dialogue of `turnCount` turns needs. */
export function dialogueClicks(turnCount: number): number {
  return Math.max(0, turnCount - 1)
}
