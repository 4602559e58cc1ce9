/**
 * Makes the validated lesson available to slides.md as `$lesson` (and
 * `$topology(id)` to pick a diagram by id), so slides pass content to
 * components as props without a <script> block per slide.
 *
 * `$lesson` throws on a path the lesson lacks (kit/lesson/strictLesson.ts); the build rejects such a
 * path written in a slide before this runs (kit/vite/slideChecksPlugin.ts). An error while a
 * slide renders is shown on the slide (global-top.vue), not left as a blank slide. A page whose
 * build was replaced reloads when it misses a part of it (kit/slides/reloadOnNewBuild.ts).
 */
import { defineAppSetup } from '@slidev/types'
// The lesson validated at build time, as plain data (kit/vite/lessonModulePlugin.ts).
import { lesson } from 'virtual:deck-lesson'
import { reportRenderProblem } from '../kit/composables/useRenderProblems'
import { strictLesson } from '../kit/lesson/strictLesson'
import { findById } from '../kit/slides/findById'
import { reloadOnNewBuild, trackPendingNavigation } from '../kit/slides/reloadOnNewBuild'

export default defineAppSetup(({ app, router }) => {
  app.config.globalProperties.$lesson = strictLesson(lesson)
  app.config.globalProperties.$topology = (id: string) => findById(lesson.topologies ?? [], id, 'topology')
  app.config.errorHandler = (error) => {
    reportRenderProblem(error)
    console.error(error)
  }
  // `npm run build` beside a running `present` or class replaces the site under an open page.
  reloadOnNewBuild(window, trackPendingNavigation(router))
})
