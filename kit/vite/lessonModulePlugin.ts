import type { Plugin } from 'vite'
import type { ModuleImporter } from '../lesson/loadLesson.ts'
import { join } from 'node:path'
import { loadLesson } from '../lesson/loadLesson.ts'
import { lessonModulePath } from '../lesson/paths.ts'

/** The module setup/main.ts takes `$lesson` from: the validated lesson as plain data. */
export const LESSON_MODULE_ID = 'virtual:deck-lesson'
const RESOLVED_ID = `\0${LESSON_MODULE_ID}`

/**
 * The dev server's version of the module: one reactive lesson for the page's lifetime. An edit
 * under data/ runs the module again, which writes the new sections into that same object, so
 * the slides that read them re-render where they are: no page reload, same slide, same click.
 */
function hotLessonModule(json: string): string {
  return `import { reactive } from 'vue'
const next = JSON.parse(${json})
export const lesson = import.meta.hot?.data.lesson ?? reactive(next)
if (import.meta.hot) {
  if (import.meta.hot.data.lesson) {
    for (const section of Object.keys(lesson)) {
      if (!(section in next))
        delete lesson[section]
    }
    Object.assign(lesson, next)
  }
  import.meta.hot.data.lesson = lesson
  // Written out in full: Vite finds a self-accepting module by this exact call.
  import.meta.hot.accept()
}
`
}

/**
 * Validates the lesson in Node, at build time and when the dev server loads it, and hands the
 * browser the result as JSON: the schema library and the validation code stay out of the
 * bundle every student downloads. In dev, an edit under data/ updates the slides in place.
 */
export function lessonModule(options: { lessonRoot: string }): Plugin {
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
    resolveId(id) {
      return id === LESSON_MODULE_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      const lesson = await loadLesson(modulePath, importModule)
      // JSON.parse of a string literal is faster for engines than an object literal of this size.
      const json = JSON.stringify(JSON.stringify(lesson))
      return serving ? hotLessonModule(json) : `export const lesson = JSON.parse(${json})\n`
    },
    hotUpdate({ file, modules }) {
      if (this.environment.name !== 'client' || !file.startsWith(dataDir))
        return undefined
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID)
      if (!module)
        return undefined
      this.environment.moduleGraph.invalidateModule(module)
      return [...modules, module]
    },
  }
}
