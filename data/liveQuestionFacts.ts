/**
 * Builds the options and the correct answer of a live question from facts the lesson already
 * states (a milestone's year, who did what), so a fact is written once and a question cannot
 * disagree with its slide.
 */
import type { LessonInput } from 'slidev-addon-lesson-kit/lesson'

type MilestoneInput = NonNullable<LessonInput['history']>['milestones'][number]
type TopologyInput = NonNullable<LessonInput['topologies']>[number]
type ComparisonInput = NonNullable<LessonInput['comparison']>

export interface DerivedOptions {
  options: string[]
  correct: number
}

function milestoneById(milestones: readonly MilestoneInput[], id: string): MilestoneInput {
  const milestone = milestones.find(m => m.id === id)
  if (!milestone)
    throw new Error(`live question: no milestone "${id}" in data/history.ts`)
  return milestone
}

/**
 * "In which year …?": `count` consecutive years of the history (years milestones fall in), the
 * milestone's own year among them with one earlier year before it when there is one.
 */
export function milestoneYearOptions(milestones: readonly MilestoneInput[], id: string, count = 4): DerivedOptions {
  const year = milestoneById(milestones, id).year
  const years = [...new Set(milestones.map(m => m.year))].sort((a, b) => a - b)
  if (years.length < count)
    throw new Error(`live question: the history has ${years.length} years, fewer than the ${count} options asked for`)
  const start = Math.min(Math.max(0, years.indexOf(year) - 1), years.length - count)
  const options = years.slice(start, start + count)
  return { options: options.map(y => `${y}年`), correct: options.indexOf(year) }
}

/**
 * "Who …?": the first actor of every milestone of the same year (the organisations on the
 * same slide of the timeline), the milestone's own first actor being the correct one.
 */
export function milestoneActorOptions(milestones: readonly MilestoneInput[], id: string): DerivedOptions {
  const milestone = milestoneById(milestones, id)
  const options = [...new Set(milestones.filter(m => m.year === milestone.year).map(m => m.actors[0]!))]
  if (options.length < 2)
    throw new Error(`live question: milestone "${id}" is the only organisation of ${milestone.year}, nothing to choose between`)
  return { options, correct: options.indexOf(milestone.actors[0]!) }
}

/** The captions of the lone-container situations the comparison lists, in its order. */
export function singleContainerCaptions(comparison: ComparisonInput, topologies: readonly TopologyInput[]): string[] {
  return comparison.rows.map((row) => {
    const topology = topologies.find(t => t.id === row.single)
    if (!topology)
      throw new Error(`live question: no topology "${row.single}" in data/topologies.ts`)
    return topology.caption
  })
}
