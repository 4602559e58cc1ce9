import type { Plugin } from 'vite'
import type { LessonAudience } from '../lesson/audience.ts'
import type { ModuleImporter } from '../lesson/loadLesson.ts'
import { join } from 'node:path'
import { loadLesson } from '../lesson/loadLesson.ts'
import { lessonModulePath } from '../lesson/paths.ts'
import { publicLesson } from '../lesson/publicLesson.ts'
import { exactId } from './exactId'

/** The module setup/main.ts takes `$lesson` from: the validated lesson as plain data. */
export const LESSON_MODULE_ID = 'virtual:deck-lesson'
const RESOLVED_ID = `\0${LESSON_MODULE_ID}`

/**
 * The dev server's version of the module: one reactive lesson for the page's lifetime. An edit
 * under data/ runs the module again, which writes the sections that changed into that same
 * object, so the slides that read them re-render where they are (no page reload, same slide,
 * same click) and the slides that read only other sections do not re-render at all.
 */
function hotLessonModule(lesson: object): string {
  // Each section as its own JSON text: comparing texts finds the changed sections cheaply.
  const sections = Object.fromEntries(Object.entries(lesson).map(([name, value]) => [name, JSON.stringify(value)]))
  return `import { reactive } from 'vue'
const sections = ${JSON.stringify(sections)}
const previous = import.meta.hot?.data.sections ?? {}
export const lesson = import.meta.hot?.data.lesson ?? reactive({})
for (const name of Object.keys(lesson)) {
  if (!(name in sections))
    delete lesson[name]
}
for (const [name, json] of Object.entries(sections)) {
  if (previous[name] !== json)
    lesson[name] = JSON.parse(json)
}
if (import.meta.hot) {
  import.meta.hot.data.lesson = lesson
  import.meta.hot.data.sections = sections
  // Written out in full: Vite finds a self-accepting module by this exact call.
  import.meta.hot.accept()
}
`
}

/**
 * Validates the lesson in Node, at build time and when the dev server loads it, and hands the
 * browser the result as JSON: the schema library and the validation code stay out of the
 * bundle every student downloads. In dev, an edit under data/ updates the slides in place.
 * `audience: 'public'` (classroom mode's projector build) ships the lesson without the plan's
 * talking points and class questions and without live questions' correct answers
 * (kit/lesson/publicLesson.ts); the module also exports which audience it was built for.
 */
export function lessonModule(options: { lessonRoot: string, audience?: LessonAudience }): Plugin {
  const dataDir = join(options.lessonRoot, 'data/')
  const modulePath = lessonModulePath(options.lessonRoot)
  let serving = false
  let importModule: ModuleImporter | undefined
  return {
    name: 'deck-lesson',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    configureServer(server) {
      // The server's own Node runner: its module graph drops just the edited data file.
      importModule = path => server.ssrLoadModule(path)
      // Warmed now, so the author's first edit does not wait for the data files' first import.
      server.httpServer?.once('listening', () => void server.ssrLoadModule(modulePath).catch(() => undefined))
    },
    // Filtered, so the bundler calls these for the one module and not for every other.
    resolveId: { filter: { id: exactId(LESSON_MODULE_ID) }, handler: () => RESOLVED_ID },
    load: { filter: { id: exactId(RESOLVED_ID) }, async handler() {
      const loaded = await loadLesson(modulePath, importModule)
      const audience = options.audience ?? 'instructor'
      const lesson = audience === 'public' ? publicLesson(loaded) : loaded
      const audienceLine = `export const audience = ${JSON.stringify(audience)}\n`
      if (serving)
        return hotLessonModule(lesson) + audienceLine
      // JSON.parse of a string literal is faster for engines than an object literal of this size.
      return `export const lesson = JSON.parse(${JSON.stringify(JSON.stringify(lesson))})\n${audienceLine}`
    } },
    async hotUpdate({ file, modules, read }) {
      if (this.environment.name !== 'client' || !file.startsWith(dataDir))
        return undefined
      // Vite's read waits out a save caught between truncating and writing: the lesson is loaded
      // again only once the file is whole (the watcher sends no second event for the write).
      await read()
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID)
      if (!module)
        return undefined
      this.environment.moduleGraph.invalidateModule(module)
      return [...modules, module]
    },
  }
}
