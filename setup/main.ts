/**
 * Makes the validated lesson available to slides.md as `$lesson` (and
 * `$topology(id)` to pick a diagram by id), so slides pass content to
 * components as props without a <script> block per slide.
 *
 * `$lesson` throws on a path the lesson lacks (lib/strictLesson.ts); the build rejects such a
 * path written in a slide before this runs (lib/deck/slideChecksPlugin.ts). An error while a
 * slide renders is shown on the slide (global-top.vue), not left as a blank slide.
 */
import { defineAppSetup } from '@slidev/types'
// The lesson validated at build time, as plain data (lib/lesson/lessonModulePlugin.ts).
import { lesson } from 'virtual:deck-lesson'
import { reportRenderProblem } from '../composables/useRenderProblems'
import { findById } from '../lib/findById'
import { strictLesson } from '../lib/strictLesson'

export default defineAppSetup(({ app }) => {
  const strict = strictLesson(lesson)
  app.config.globalProperties.$lesson = strict
  app.config.globalProperties.$topology = (id: string) => findById(strict.topologies, id, 'topology')
  app.config.errorHandler = (error) => {
    reportRenderProblem(error)
    console.error(error)
  }
})
