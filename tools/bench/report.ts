import type { Measurement } from './measure'
import { median } from './stats'

export interface SideSummary {
  name: string
  runs: Measurement[]
  medianWallMs: number
  medianPeakRssBytes: number
  medianCpuMs: number
}

export interface BenchResults {
  date: string
  machine: { cpus: number, cpuModel: string, memoryBytes: number, node: string, browser: string }
  slideCount: number
  runsEach: number
  /** Our three PDFs from a deck unchanged since the last export: the print build is reused. */
  ours: SideSummary
  /** Our three PDFs right after the deck changed: the export builds the deck first. */
  oursAfterEdit: SideSummary
  plain: SideSummary
  /** ours / plain median wall time; the target is ≤ 1.0. */
  wallRatio: number
  /** oursAfterEdit / plain median wall time. */
  wallRatioAfterEdit: number
  /** ours / plain median CPU time: steadier than wall time on a shared machine. */
  cpuRatio: number
  cpuRatioAfterEdit: number
}

export function summarize(name: string, runs: Measurement[]): SideSummary {
  return {
    name,
    runs,
    medianWallMs: median(runs.map(run => run.wallMs)),
    medianPeakRssBytes: median(runs.map(run => run.peakRssBytes)),
    medianCpuMs: median(runs.map(run => run.cpuMs)),
  }
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/** A plain-text table of the two sides and their ratio. */
export function formatTable(results: BenchResults): string {
  const rows = [
    ['', 'median wall', 'runs (s)', 'median CPU', 'peak memory (median)'],
    ...[results.ours, results.oursAfterEdit, results.plain].map(side => [
      side.name,
      sec(side.medianWallMs),
      side.runs.map(run => (run.wallMs / 1000).toFixed(2)).join(' '),
      sec(side.medianCpuMs),
      mib(side.medianPeakRssBytes),
    ]),
  ]
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map(row => row[col]!.length)))
  const lines = rows.map(row => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd())
  lines.splice(1, 0, widths.map(width => '-'.repeat(width)).join('  '))
  lines.push(
    '',
    `ratio (ours / plain, wall): ${results.wallRatio.toFixed(2)}  (target ≤ 1.00)`,
    `ratio right after an edit (ours, building / plain, wall): ${results.wallRatioAfterEdit.toFixed(2)}`,
    `CPU time ratios: ${results.cpuRatio.toFixed(2)} (deck unchanged), ${results.cpuRatioAfterEdit.toFixed(2)} (right after an edit)`,
    `${results.slideCount} slides, ${results.runsEach} alternating runs each, ${results.machine.cpus} cores, ${results.machine.browser}`,
  )
  return lines.join('\n')
}
