import type { HmrContext, Plugin } from 'vite'
import { join } from 'node:path'
import { loadLesson } from './loadLesson.ts'
import { publicLesson } from './publicLesson.ts'

/** The module setup/main.ts takes `$lesson` from: the validated lesson as plain data. */
export const LESSON_MODULE_ID = 'virtual:deck-lesson'
const RESOLVED_ID = `\0${LESSON_MODULE_ID}`

/**
 * Who the built deck is for: the instructor's own screens (`npm run present`, full lesson), or
 * the room (classroom mode's projector build: no talking points, no class questions, no correct
 * answers; see publicLesson.ts).
 */
export type LessonAudience = 'instructor' | 'public'

/** The environment variable the classroom's public deck build sets to `public`. */
export const LESSON_AUDIENCE_ENV = 'DECK_AUDIENCE'

/** The audience `DECK_AUDIENCE` asks for; anything but `public` is the instructor's. */
export function audienceFromEnv(env: Record<string, string | undefined>): LessonAudience {
  return env[LESSON_AUDIENCE_ENV] === 'public' ? 'public' : 'instructor'
}

/**
 * Validates the lesson in Node, at build time and when the dev server loads it, and hands the
 * browser the result as JSON: the schema library and the validation code stay out of the
 * bundle every student downloads. In dev, an edit under data/ reloads it.
 */
export function lessonModule(options: { root: string, modulePath: string, audience?: LessonAudience }): Plugin {
  const dataDir = join(options.root, 'data/')
  return {
    name: 'deck-lesson',
    resolveId(id) {
      return id === LESSON_MODULE_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      const loaded = await loadLesson(options.modulePath)
      const lesson = options.audience === 'public' ? publicLesson(loaded) : loaded
      // JSON.parse of a string literal is faster for engines than an object literal of this size.
      return `export const lesson = JSON.parse(${JSON.stringify(JSON.stringify(lesson))})\nexport const audience = ${JSON.stringify(options.audience ?? 'instructor')}\n`
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
