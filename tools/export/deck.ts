/** What the export needs to know about the lesson; data/index.ts's `lesson` fits this shape. */
export interface LessonForExport {
  course: { name: string, lessonNumber: number, lessonTitle: string, author: string }
  plan: ReadonlyArray<{ id: string, title?: string, minutes: number, question: string }>
}

/** The parts of a Slidev slide the export reads (a subset of @slidev/types' SlideInfo). */
export interface ParsedSlide {
  title?: string
  note?: string
  frontmatter: Record<string, unknown>
}

export interface ExportSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  /** Outline title: Slidev's title of the slide (frontmatter.title or first heading). */
  title: string
  /** Speaker notes as Markdown, as Slidev parsed them (after the preparser), less the question. */
  note: string
  minutes: number
  /** Minutes planned up to and including this slide. */
  runningMinutes: number
  question: string | undefined
}

export interface ExportDeck {
  slides: ExportSlide[]
  totalMinutes: number
  metadata: { title: string, subject: string, author: string, course: string, lesson: string }
}

const compact = (text: string): string => text.replace(/\s+/g, '')

/**
 * The notes minus the paragraph that asks the class question: the notes PDF sets the question
 * apart in its own box, from the same data, and printing it twice would only add length.
 */
export function withoutQuestion(note: string, question: string | undefined): string {
  const blocks = note.trim().split(/\n\s*\n/)
  if (!question)
    return blocks.join('\n\n')
  return blocks.filter(block => !compact(block).includes(compact(question))).join('\n\n')
}

/** Joins Slidev's parsed slides with the lesson plan by each slide's `plan:` id. */
export function buildExportDeck(slides: readonly ParsedSlide[], lesson: LessonForExport): ExportDeck {
  const planById = new Map(lesson.plan.map(entry => [entry.id, entry]))
  let running = 0
  // Numbered as the cover shows it (components/LessonCover.vue).
  const lessonTitle = `课时 ${lesson.course.lessonNumber}：${lesson.course.lessonTitle}`
  const exportSlides = slides.map((slide, index): ExportSlide => {
    const planId = slide.frontmatter.plan
    const entry = typeof planId === 'string' ? planById.get(planId) : undefined
    if (typeof planId === 'string' && !entry)
      throw new Error(`slide ${index + 1} names plan "${planId}", which data/plan.ts does not have`)
    running += entry?.minutes ?? 0
    return {
      no: index + 1,
      title: slide.title?.trim() || entry?.title || (index === 0 ? lesson.course.lessonTitle : `第 ${index + 1} 张`),
      note: withoutQuestion(slide.note ?? '', entry?.question),
      minutes: entry?.minutes ?? 0,
      runningMinutes: running,
      question: entry?.question,
    }
  })
  return {
    slides: exportSlides,
    totalMinutes: running,
    metadata: {
      title: lesson.course.lessonTitle,
      subject: `${lesson.course.name} · ${lessonTitle}`,
      author: lesson.course.author,
      course: lesson.course.name,
      lesson: lessonTitle,
    },
  }
}
