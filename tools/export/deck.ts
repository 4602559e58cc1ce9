import type { Lesson, LiveQuestion } from '../../kit/lesson/schema'
import type { SpeakerNotes } from '../../kit/slides/speakerNotes'
import { buildSchedule } from '../../kit/slides/schedule'
import { planSlide } from '../../kit/slides/slidePlanning'

/** What the export needs to know about the lesson (the kit's loader gives the whole lesson). */
export type LessonForExport = Pick<Lesson, 'course' | 'plan'> & Partial<Pick<Lesson, 'liveQuestions'>>

/** What the print site's builder tells the export about each slide, in deck order. */
export interface ParsedSlide {
  /** The slide's `plan:` id. */
  plan?: string
  layout?: string
  /** Notes written by hand under the slide in slides.md (Markdown), before the preparser adds the plan's. */
  handNotes?: string
  /** The slide's `overflow:` frontmatter: `{ allow: "reason" }` lets it run off (tools/export/overflow.ts). */
  overflow?: unknown
}

export interface ExportSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  /** The slide's title, as the preparser gives it to the slide (its heading) and the outline. */
  title: string
  notes: SpeakerNotes
  /** The live questions asked on this slide, with their options and correct answer (notes PDF only). */
  liveQuestions: LiveQuestion[]
}

export interface ExportDeck {
  slides: ExportSlide[]
  totalMinutes: number
  metadata: { title: string, subject: string, author: string, course: string, lesson: string }
}

/** The cover's lesson line, 课时 2：为什么需要容器集群 (as components/LessonCover.vue shows it). */
export function lessonLabel(course: LessonForExport['course']): string {
  return `课时 ${course.lessonNumber}：${course.lessonTitle}`
}

/**
 * The deck the PDFs print: each slide's title and speaker notes as the preparser plans them
 * (kit/slides/slidePlanning.ts), so the notes PDF and the presenter view share one model.
 */
export function buildExportDeck(slides: readonly ParsedSlide[], lesson: LessonForExport): ExportDeck {
  const schedule = buildSchedule(lesson.plan)
  const exportSlides = slides.map((slide, index): ExportSlide => {
    const planned = planSlide(slide, lesson.course, schedule, `slide ${index + 1}`)
    if (!planned)
      throw new Error(`slide ${index + 1} has no plan`)
    const liveQuestions = (lesson.liveQuestions ?? []).filter(question => question.slide === slide.plan)
    return { no: index + 1, title: planned.title, notes: planned.notes(slide.handNotes), liveQuestions }
  })
  return {
    slides: exportSlides,
    totalMinutes: schedule.total,
    metadata: {
      title: lesson.course.lessonTitle,
      subject: `${lesson.course.name} · ${lessonLabel(lesson.course)}`,
      author: lesson.course.author,
      course: lesson.course.name,
      lesson: lessonLabel(lesson.course),
    },
  }
}
