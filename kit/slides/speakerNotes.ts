import type { SlidePlan } from '../lesson/schema'
import type { ScheduledSlide } from './schedule'
import { notesLabels, phrasing } from '../labels'

/**
 * A slide's speaker notes as fields: the presenter view renders them to Markdown
 * (renderSpeakerNotes), the notes PDF lays each field out in its own place. Nothing
 * reads them back out of rendered text.
 */
export interface SpeakerNotes {
  /** Planned minutes for this slide. */
  minutes: number
  /** Minutes into the lesson when this slide starts and ends. */
  start: number
  end: number
  /** Planned length of the whole lesson. */
  totalMinutes: number
  /** Source text read out on this slide that is not shown on it. */
  preface?: string
  /** What the instructor says or stresses. */
  points: readonly string[]
  /** The question for the class. */
  question: string
  /** Markdown written by hand under the slide in slides.md, kept after the plan. */
  handNotes?: string
}

/** The notes of a scheduled slide, plus what the caller knows beyond the plan. */
export function speakerNotesOf(
  slide: ScheduledSlide,
  totalMinutes: number,
  extra: { preface?: string, handNotes?: string } = {},
): SpeakerNotes {
  const plan: SlidePlan = slide.plan
  const handNotes = extra.handNotes?.trim()
  return {
    minutes: plan.minutes,
    start: slide.start,
    end: slide.end,
    totalMinutes,
    ...(extra.preface ? { preface: extra.preface } : {}),
    points: plan.points,
    question: plan.question,
    ...(handNotes ? { handNotes } : {}),
  }
}

/** 计划 2 分钟 */
export function plannedMinutesLabel(notes: SpeakerNotes): string {
  return notesLabels.planned(notes.minutes)
}

/** 第 3–5 分钟（共 43 分钟） */
export function lessonSpanLabel(notes: SpeakerNotes): string {
  return notesLabels.span(notes.start, notes.end, notes.totalMinutes)
}

/**
 * The speaker notes as Markdown for Slidev's presenter view: the time plan first (what the
 * presenter glances at), then the talking points, then the question for the class, set
 * apart so it is easy to find mid-sentence.
 */
export function renderSpeakerNotes(notes: SpeakerNotes): string {
  const parts = [`**${plannedMinutesLabel(notes)}**${notesLabels.separator}${lessonSpanLabel(notes)}`]
  if (notes.preface)
    parts.push(notes.preface)
  parts.push(notes.points.map(point => `- ${point}`).join('\n'))
  parts.push(`**${phrasing.labelled(notesLabels.question, '')}** ${notes.question}`)
  if (notes.handNotes)
    parts.push(notes.handNotes)
  return `${parts.join('\n\n')}\n`
}
