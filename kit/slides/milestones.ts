import type { Milestone } from '../lesson/schema'

/** `2013年7月`, or `2018年之后` for an open-ended milestone, as the source writes them. */
export function formatMilestoneDate(milestone: Pick<Milestone, 'year' | 'month' | 'after'>): string {
  if (milestone.after)
    return `${milestone.year}年之后`
  return milestone.month === null ? `${milestone.year}年` : `${milestone.year}年${milestone.month}月`
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

/** How the timeline names each kind of milestone (its legend and badges). */
export const milestoneKindLabels: Record<Milestone['kind'], string> = {
  orchestrator: '编排平台',
  standard: '接口标准',
  foundation: '基金会事件',
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
