import type { Milestone } from '../lesson/schema'
import { timelineLabels } from '../labels'

/** `2013年7月`, or `2018年之后` for an open-ended milestone, as the source writes them. */
export function formatMilestoneDate(milestone: Pick<Milestone, 'year' | 'month' | 'after'>): string {
  return timelineLabels.date(milestone.year, milestone.month, milestone.after)
}

export interface MilestoneYear {
  year: number
  milestones: Milestone[]
}

/** Groups milestones (already in date order) by year, keeping that order. */
export function groupMilestonesByYear(milestones: readonly Milestone[]): MilestoneYear[] {
  const groups: MilestoneYear[] = []
  for (const milestone of milestones) {
    const last = groups.at(-1)
    if (last?.year === milestone.year)
      last.milestones.push(milestone)
    else
      groups.push({ year: milestone.year, milestones: [milestone] })
  }
  return groups
}

/** The milestones dated within `[from, to]` (years, inclusive). */
export function milestonesBetween(milestones: readonly Milestone[], from: number, to: number): Milestone[] {
  return milestones.filter(m => m.year >= from && m.year <= to)
}

/** How many colours the timeline has for kinds; kinds beyond them take the colours again. */
export const MILESTONE_TONES = 4

/** The colour (0 … MILESTONE_TONES - 1) of a kind: by its place among the history's kinds. */
export function milestoneTone(kinds: Readonly<Record<string, string>>, kind: string): number {
  return Math.max(0, Object.keys(kinds).indexOf(kind)) % MILESTONE_TONES
}

export interface YearMark {
  year: number
  /** How many milestones fall in that year. */
  count: number
  /** Whether the year is in the span the slide shows. */
  inSpan: boolean
}

/** Every year of the history, for the ruler that shows where a slide's span sits. */
export function yearRuler(milestones: readonly Milestone[], from: number, to: number): YearMark[] {
  return groupMilestonesByYear([...milestones].sort((a, b) => a.year - b.year))
    .reduce<YearMark[]>((marks, group) => {
      const last = marks.at(-1)
      if (last?.year === group.year)
        last.count += group.milestones.length
      else
        marks.push({ year: group.year, count: group.milestones.length, inSpan: group.year >= from && group.year <= to })
      return marks
    }, [])
}
