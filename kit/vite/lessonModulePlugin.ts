import type { HmrContext, Plugin } from 'vite'
import { join } from 'node:path'
import { loadLesson } from '../lesson/loadLesson.ts'
import { lessonModulePath } from '../lesson/paths.ts'

/** The module setup/main.ts takes `$lesson` from: the validated lesson as plain data. */
export const LESSON_MODULE_ID = 'virtual:deck-lesson'
const RESOLVED_ID = `\0${LESSON_MODULE_ID}`

/**
 * Validates the lesson in Node, at build time and when the dev server loads it, and hands the
 * browser the result as JSON: the schema library and the validation code stay out of the
 * bundle every student downloads. In dev, an edit under data/ reloads it.
 */
export function lessonModule(options: { lessonRoot: string }): Plugin {
  const dataDir = join(options.lessonRoot, 'data/')
  const modulePath = lessonModulePath(options.lessonRoot)
  return {
    name: 'deck-lesson',
    resolveId(id) {
      return id === LESSON_MODULE_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      const lesson = await loadLesson(modulePath)
      // JSON.parse of a string literal is faster for engines than an object literal of this size.
      return `export const lesson = JSON.parse(${JSON.stringify(JSON.stringify(lesson))})\n`
    },
    handleHotUpdate({ file, server, modules }: HmrContext) {
      if (!file.startsWith(dataDir))
        return undefined
      const module = server.moduleGraph.getModuleById(RESOLVED_ID)
      if (!module)
        return undefined
      server.moduleGraph.invalidateModule(module)
      return [...modules, module]
    },
  }
}
