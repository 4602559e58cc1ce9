import type { ResourceKind } from './pageWeight'
import { median } from './stats'

/** One side's figures: this deck or the plain Slidev deck of the same slides. */
export interface ClassroomSide {
  name: string
  /** gzip bytes to show slide 1 (median of the runs), and by kind of file. */
  firstSlideGzipBytes: number
  firstSlideByKind: Record<ResourceKind, number>
  distBytes: number
  /** Bytes of dist/ in .woff files, which no current browser fetches. */
  distWoffBytes: number
  buildMs: number[]
  medianBuildMs: number
  /** Milliseconds from the command to slide 1 on screen: `npm run present` (built) or `slidev` (dev). */
  startupCommand: string
  startupMs: number[]
  medianStartupMs: number
}

export interface ClassroomResults {
  ours: ClassroomSide
  plain: ClassroomSide
  ratios: { firstSlideBytes: number, distBytes: number, buildTime: number }
  targets: { firstSlideBytes: number, distBytes: number, buildTime: number, startupMs: number }
  met: { firstSlideBytes: boolean, distBytes: boolean, buildTime: boolean, startup: boolean }
}

export const CLASSROOM_TARGETS = { firstSlideBytes: 0.5, distBytes: 0.4, buildTime: 1.2, startupMs: 1500 } as const

export function classroomSide(input: Omit<ClassroomSide, 'medianBuildMs' | 'medianStartupMs'>): ClassroomSide {
  return { ...input, medianBuildMs: median(input.buildMs), medianStartupMs: median(input.startupMs) }
}

/** The ratios ours / plain and whether each of the targets is met. */
export function compareClassroom(ours: ClassroomSide, plain: ClassroomSide): ClassroomResults {
  const ratios = {
    firstSlideBytes: ours.firstSlideGzipBytes / plain.firstSlideGzipBytes,
    distBytes: ours.distBytes / plain.distBytes,
    buildTime: ours.medianBuildMs / plain.medianBuildMs,
  }
  const targets = { ...CLASSROOM_TARGETS }
  return {
    ours,
    plain,
    ratios,
    targets,
    met: {
      firstSlideBytes: ratios.firstSlideBytes <= targets.firstSlideBytes,
      distBytes: ratios.distBytes <= targets.distBytes,
      buildTime: ratios.buildTime <= targets.buildTime,
      startup: ours.medianStartupMs <= targets.startupMs,
    },
  }
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
const mark = (met: boolean): string => (met ? 'met' : 'NOT MET')

/** A plain-text table: each figure for both sides, the ratio and the target. */
export function formatClassroomTable(results: ClassroomResults): string {
  const { ours, plain, ratios, targets, met } = results
  const firstSlide = (side: ClassroomSide) => `${kb(side.firstSlideGzipBytes)} (JS ${kb(side.firstSlideByKind.js)}, CSS ${kb(side.firstSlideByKind.css)}, fonts ${kb(side.firstSlideByKind.font)})`
  const rows = [
    ['', ours.name, plain.name, 'ours / plain', 'target'],
    ['slide 1, gzip', firstSlide(ours), firstSlide(plain), ratios.firstSlideBytes.toFixed(2), `≤ ${targets.firstSlideBytes} ${mark(met.firstSlideBytes)}`],
    ['dist/', `${mb(ours.distBytes)} (.woff ${mb(ours.distWoffBytes)})`, `${mb(plain.distBytes)} (.woff ${mb(plain.distWoffBytes)})`, ratios.distBytes.toFixed(2), `≤ ${targets.distBytes} ${mark(met.distBytes)}`],
    ['build (median)', `${sec(ours.medianBuildMs)} [${ours.buildMs.map(ms => (ms / 1000).toFixed(1)).join(' ')}]`, `${sec(plain.medianBuildMs)} [${plain.buildMs.map(ms => (ms / 1000).toFixed(1)).join(' ')}]`, ratios.buildTime.toFixed(2), `≤ ${targets.buildTime} ${mark(met.buildTime)}`],
    ['to slide 1 (median)', `${sec(ours.medianStartupMs)} ${ours.startupCommand}`, `${sec(plain.medianStartupMs)} ${plain.startupCommand}`, '', `≤ ${sec(targets.startupMs)} ${mark(met.startup)}`],
  ]
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map(row => row[col]!.length)))
  const lines = rows.map(row => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd())
  lines.splice(1, 0, widths.map(width => '-'.repeat(width)).join('  '))
  return lines.join('\n')
}
