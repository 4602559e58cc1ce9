/**
 * Makes the validated lesson available to slides.md as `$lesson` (and
 * `$topology(id)` to pick a diagram by id), so slides pass content to
 * components as props without a <script> block per slide.
 */
import { defineAppSetup } from '@slidev/types'
// The lesson validated at build time, as plain data (lib/lesson/lessonModulePlugin.ts).
import { lesson } from 'virtual:deck-lesson'
import { findById } from '../slides/findById'

export default defineAppSetup(({ app }) => {
  app.config.globalProperties.$lesson = lesson
  app.config.globalProperties.$topology = (id: string) => findById(lesson.topologies ?? [], id, 'topology')
})
