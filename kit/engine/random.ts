/**
 * Seeded pseudo-random numbers (mulberry32). The generator state is a plain
 * number kept inside the simulation state, so replaying from the same state
 * gives the same numbers without any hidden global.
 */
export interface RandomDraw {
  /** Uniform in [0, 1). */
  readonly value: number
  readonly nextState: number
}

export function drawRandom(state: number): RandomDraw {
  const nextState = (state + 0x6D2B79F5) | 0
  let t = nextState
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296
  return { value, nextState }
}

/** Turns any integer seed into a generator state. */
export function seedRandom(seed: number): number {
  return seed | 0
}
