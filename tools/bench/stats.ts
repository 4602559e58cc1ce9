/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The A B C A B C … order of runs, so slow drifts of the machine hit every side alike. */
export function rotate<T>(sides: readonly T[], runsEach: number): T[] {
  return Array.from({ length: runsEach * sides.length }, (_, i) => sides[i % sides.length]!)
}

/** The A B A B … order of runs for two sides. */
export function alternate<T>(a: T, b: T, runsEach: number): T[] {
  return rotate([a, b], runsEach)
}

/** The p-th percentile (0–100) of a non-empty list, by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0)
    throw new Error('percentile of no values')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))]!
}
