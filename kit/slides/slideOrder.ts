import type { SlidePlan } from '../lesson/schema'
import { SlidePlanError } from './slidePlanning'

/** A slide of the deck as its frontmatter names its plan entry. */
export interface DeckPlanRef {
  /** The slide's `plan:` id, or undefined when it names none. */
  plan: string | undefined
  /** Where the slide is, for errors: `slide 4 of slides.md`. */
  where: string
}

/**
 * The lesson's plan in the deck's order: slides.md gives the order, the plan gives each slide's
 * title, minutes and notes by id. A slide whose id the plan lacks, and a plan entry no slide
 * names, both fail, each problem naming the slide and the plan.
 */
export function planInDeckOrder(slides: readonly DeckPlanRef[], plan: readonly SlidePlan[], planFile = 'data/plan.ts'): SlidePlan[] {
  const byId = new Map(plan.map(entry => [entry.id, entry]))
  const named = new Set(slides.map(slide => slide.plan))
  const problems = [
    ...slides.filter(slide => slide.plan === undefined)
      .map(slide => `${slide.where} names no plan entry: give it "plan: <id>" in its frontmatter, with its entry in ${planFile}`),
    ...slides.filter(slide => slide.plan !== undefined && !byId.has(slide.plan))
      .map(slide => `${slide.where} names plan "${slide.plan}", which ${planFile} does not have (it has: ${[...byId.keys()].join(', ')})`),
    ...plan.filter(entry => !named.has(entry.id))
      .map(entry => `${planFile} has "${entry.id}", which no slide names: add a slide with "plan: ${entry.id}" or remove the entry`),
  ]
  if (problems.length > 0)
    throw new SlidePlanError(problems.join('\n'))
  return slides.map(slide => byId.get(slide.plan!)!)
}
