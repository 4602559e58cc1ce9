/**
 * How many click steps of a component have been reached, given Slidev's click
 * offset for that component (`-1` before its first click).
 *
 * Slidev reports a huge offset when clicks are disabled (print, PDF export,
 * overview), so the result is clamped: those modes show the final state.
 */
export function reachedSteps(offset: number, steps: number): number {
  if (steps <= 0 || Number.isNaN(offset))
    return 0
  return Math.min(steps, Math.max(0, offset + 1))
}
