import type { Course, SlidePlan } from '../lesson/schema'
import type { LessonSchedule } from './schedule'
import type { SpeakerNotes } from './speakerNotes'
import { coverLabels, phrasing } from '../labels'
import { speakerNotesOf } from './speakerNotes'

/** The full title line of the lesson, as the source writes it. */
export function lessonTitleLine(course: Course): string {
  return coverLabels.titleLine(course.name, course.lessonNumber, course.lessonTitle)
}

export class SlidePlanError extends Error {
  override name = 'SlidePlanError'
}

export interface PlannedSlide {
  plan: SlidePlan
  title: string
  /** The speaker notes, with any notes written by hand under the slide. */
  notes: (handNotes?: string) => SpeakerNotes
}

export interface SlideFrontmatter {
  plan?: unknown
  layout?: unknown
  src?: unknown
}

/**
 * What the preparser adds to a slide of slides.md: its title and speaker notes,
 * both from the slide's `plan:` entry in data/plan.ts. Returns null for the
 * placeholder of an imported file (`src:`), whose own slides carry their plans.
 */
export function planSlide(
  frontmatter: SlideFrontmatter,
  course: Course,
  schedule: LessonSchedule,
  where: string,
): PlannedSlide | null {
  if (frontmatter.src !== undefined)
    return null
  if (typeof frontmatter.plan !== 'string') {
    throw new SlidePlanError(
      `${where}: every slide needs "plan: <id>" in its frontmatter, naming its entry in data/plan.ts (the source of its title, minutes and speaker notes)`,
    )
  }
  const scheduled = schedule.slides.find(s => s.plan.id === frontmatter.plan)
  if (!scheduled) {
    const known = schedule.slides.map(s => s.plan.id).join(', ')
    throw new SlidePlanError(`${where}: plan: unknown slide plan "${frontmatter.plan}" (data/plan.ts has: ${known})`)
  }
  const isCover = frontmatter.layout === 'cover'
  return {
    plan: scheduled.plan,
    title: scheduled.plan.title ?? course.lessonTitle,
    notes: handNotes => speakerNotesOf(scheduled, schedule.total, {
      preface: isCover ? phrasing.labelled(course.summaryLabel, lessonTitleLine(course)) : undefined,
      handNotes,
    }),
  }
}

/**
 * Checks the topology ids a slide asks for with `$topology('id')`: a typo would otherwise
 * surface only when the slide renders, as an empty slide.
 */
export function checkTopologyRefs(content: string, knownIds: readonly string[], where: string): void {
  for (const [, id] of content.matchAll(/\$topology\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (!knownIds.includes(id!))
      throw new SlidePlanError(`${where}: $topology('${id}'): unknown topology (data/topologies.ts has: ${knownIds.join(', ')})`)
  }
}
