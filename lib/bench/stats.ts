/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The A B A B … order of runs, so slow drifts of the machine hit both sides alike. */
export function alternate<T>(a: T, b: T, runsEach: number): T[] {
  return Array.from({ length: runsEach * 2 }, (_, i) => (i % 2 === 0 ? a : b))
}
