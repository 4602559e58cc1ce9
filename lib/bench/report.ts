import type { Measurement } from './measure'
import { median } from './stats'

export interface SideSummary {
  name: string
  runs: Measurement[]
  medianWallMs: number
  medianPeakRssBytes: number
}

export interface BenchResults {
  date: string
  machine: { cpus: number, cpuModel: string, memoryBytes: number, node: string, browser: string }
  slideCount: number
  runsEach: number
  ours: SideSummary
  plain: SideSummary
  /** ours / plain median wall time; the target is ≤ 1.0. */
  wallRatio: number
}

export function summarize(name: string, runs: Measurement[]): SideSummary {
  return {
    name,
    runs,
    medianWallMs: median(runs.map(run => run.wallMs)),
    medianPeakRssBytes: median(runs.map(run => run.peakRssBytes)),
  }
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/** A plain-text table of the two sides and their ratio. */
export function formatTable(results: BenchResults): string {
  const rows = [
    ['', 'median wall', 'runs (s)', 'peak memory (median)'],
    ...[results.ours, results.plain].map(side => [
      side.name,
      sec(side.medianWallMs),
      side.runs.map(run => (run.wallMs / 1000).toFixed(2)).join(' '),
      mib(side.medianPeakRssBytes),
    ]),
  ]
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map(row => row[col]!.length)))
  const lines = rows.map(row => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd())
  lines.splice(1, 0, widths.map(width => '-'.repeat(width)).join('  '))
  lines.push('', `ratio (ours / plain, wall): ${results.wallRatio.toFixed(2)}  (target ≤ 1.00)`, `${results.slideCount} slides, ${results.runsEach} alternating runs each, ${results.machine.cpus} cores, ${results.machine.browser}`)
  return lines.join('\n')
}
