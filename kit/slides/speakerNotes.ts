import type { ScheduledSlide } from './schedule'
import { formatMinutes } from './schedule'

export interface SpeakerNotesOptions {
  /** Planned length of the whole lesson, for the "of N minutes" figure. */
  totalMinutes: number
  /** Source text read out on this slide that is not shown on it. */
  preface?: string
  /** Notes written by hand in slides.md under this slide, kept after the plan. */
  extra?: string
}

export const questionLabel = '提问'

/**
 * The speaker notes for a slide, as Markdown: its time plan first (what the
 * presenter glances at), then the talking points, then the question for the
 * class, set apart so it is easy to find mid-sentence.
 */
export function renderSpeakerNotes(slide: ScheduledSlide, options: SpeakerNotesOptions): string {
  const { plan, start, end } = slide
  const parts = [
    `**计划 ${formatMinutes(plan.minutes)} 分钟** ｜ 第 ${formatMinutes(start)}–${formatMinutes(end)} 分钟（共 ${formatMinutes(options.totalMinutes)} 分钟）`,
  ]
  if (options.preface)
    parts.push(options.preface)
  parts.push(plan.points.map(point => `- ${point}`).join('\n'))
  parts.push(`**${questionLabel}：** ${plan.question}`)
  if (options.extra?.trim())
    parts.push(options.extra.trim())
  return `${parts.join('\n\n')}\n`
}
