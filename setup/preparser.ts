/**
 * Gives every slide its title and speaker notes from the typed lesson data,
 * at parse time, so Slidev's presenter view, overview, TOC and PDF outline all
 * see them, and so does `load()` from @slidev/parser in the tests.
 *
 * Loading the data validates it: invalid content stops `dev` and `build` here
 * with a message naming the file and field (and no stack trace to dig through).
 */
import type { Lesson } from '../kit/lesson/schema'
import { basename, dirname } from 'node:path'
import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'
import { keepSpeakerNotes } from '../kit/deck/deckModel.mjs'
import { deckPlanRefs } from '../kit/deck/deckPlanRefs'
import { loadLesson } from '../kit/lesson/loadLesson'
import { lessonModulePath } from '../kit/lesson/paths'
import { isLessonDataError } from '../kit/lesson/validateLesson'
import { buildSchedule } from '../kit/slides/schedule'
import { planInDeckOrder } from '../kit/slides/slideOrder'
import { checkTopologyRefs, planSlide } from '../kit/slides/slidePlanning'
import { renderSpeakerNotes } from '../kit/slides/speakerNotes'

/** The lesson beside the deck's entry file: a lesson is a folder. */
async function lessonBeside(entry: string): Promise<Lesson> {
  try {
    return await loadLesson(lessonModulePath(dirname(entry)))
  }
  catch (error) {
    if (!isLessonDataError(error) || process.env.VITEST)
      throw error
    console.error(`\n${error.message}\n`)
    process.exit(1)
  }
}

export default definePreparserSetup(async ({ filepath }) => {
  const lesson = await lessonBeside(filepath)
  // slides.md gives the order; the plan gives each slide's minutes by id.
  const schedule = buildSchedule(planInDeckOrder(deckPlanRefs(filepath), lesson.plan))
  const file = basename(filepath)
  const topologyIds = (lesson.topologies ?? []).map(t => t.id)
  let slideNo = 0
  const planned = new WeakMap<object, ReturnType<typeof planSlide>>()
  const where = () => `slide ${slideNo} of ${file} and the files it imports`

  const plannedFor = (frontmatter: Record<string, unknown>) => {
    if (!planned.has(frontmatter)) {
      slideNo += 1
      planned.set(frontmatter, planSlide(frontmatter, lesson.course, schedule, where()))
    }
    return planned.get(frontmatter) ?? null
  }

  return [{
    name: 'lesson-plan',
    async transformSlide(content, frontmatter: Record<string, unknown>) {
      const slide = plannedFor(frontmatter)
      if (!slide)
        return undefined
      checkTopologyRefs(content, topologyIds, where())
      frontmatter.title = slide.title
      // The first slide's frontmatter is the deck's headmatter: the presenter's
      // countdown runs for the planned length of the lesson.
      if (slideNo === 1 && frontmatter.duration === undefined)
        frontmatter.duration = `${schedule.total}min`
      // Twoslash (TypeScript's types shown in ```ts twoslash blocks) loads the TypeScript compiler
      // into every build and dev server; a lesson's code is YAML and shell. A deck that wants it
      // says `twoslash: true`.
      if (slideNo === 1 && frontmatter.twoslash === undefined)
        frontmatter.twoslash = false
      // The cover lays out its own title; every other slide opens with it as its heading.
      return frontmatter.layout === 'cover' ? content : `# ${slide.title}\n\n${content.trimStart()}`
    },
    async transformNote(note, frontmatter: Record<string, unknown>) {
      const slide = plannedFor(frontmatter)
      if (!slide)
        return undefined
      const notes = slide.notes(note)
      keepSpeakerNotes(frontmatter, notes)
      return renderSpeakerNotes(notes)
    },
  }]
})
