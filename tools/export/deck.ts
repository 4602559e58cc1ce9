import type { DeckSlide } from '../../kit/deck/loadDeck'
import type { Lesson, LiveQuestion } from '../../kit/lesson/schema'
import type { SpeakerNotes } from '../../kit/slides/speakerNotes'

/** What the export needs to know about the lesson (the kit's loader gives the whole lesson). */
export type LessonForExport = Pick<Lesson, 'course'> & Partial<Pick<Lesson, 'liveQuestions'>>

/** What the export reads of each slide of the one deck model (kit/deck/loadDeck.ts). */
export type SlideForExport = Pick<DeckSlide, 'title' | 'notes'> & { frontmatter?: Record<string, unknown> }

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
 * The deck the PDFs print: each slide's title and speaker notes as the preparser planned them
 * (setup/preparser.ts), so the notes PDF and the presenter view share one model.
 */
export function buildExportDeck(slides: readonly SlideForExport[], lesson: LessonForExport): ExportDeck {
  const exportSlides = slides.map((slide, index): ExportSlide => {
    if (!slide.notes)
      throw new Error(`slide ${index + 1} has no plan`)
    const liveQuestions = (lesson.liveQuestions ?? []).filter(question => question.slide === slide.frontmatter?.plan)
    return { no: index + 1, title: slide.title, notes: slide.notes, liveQuestions }
  })
  return {
    slides: exportSlides,
    totalMinutes: exportSlides[0]?.notes.totalMinutes ?? 0,
    metadata: {
      title: lesson.course.lessonTitle,
      subject: `${lesson.course.name} · ${lessonLabel(lesson.course)}`,
      author: lesson.course.author,
      course: lesson.course.name,
      lesson: lessonLabel(lesson.course),
    },
  }
}
