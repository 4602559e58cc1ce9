/**
 * Nothing presenter-only in the public lesson module (issue 20), for every lesson in the
 * repository: the lesson at the root, the test fixtures, the starter, and lessons/* as they come.
 * The module is made by the same Vite plugin the public deck build uses, and read as the browser
 * gets it.
 */
import type { Plugin } from 'vite'
import type { Lesson } from '../../../kit/lesson/schema'
import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadLesson } from '../../../kit/lesson/loadLesson'
import { lessonModulePath } from '../../../kit/lesson/paths'
import { presenterOnlyPaths, publicLesson } from '../../../kit/lesson/publicLesson'
import { LESSON_MODULE_ID, lessonModule } from '../../../kit/vite/lessonModulePlugin'
import { root } from '../../support/root'

const ROOT = root

/** Every folder of the repository that holds a lesson (a data/index.ts beside a slides.md). */
function lessonRoots(): string[] {
  const candidates = [ROOT, ...['test/fixtures', 'lessons', 'kit'].flatMap((dir) => {
    const parent = join(ROOT, dir)
    return existsSync(parent) ? readdirSync(parent, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => join(parent, e.name)) : []
  })]
  return candidates.filter(dir => existsSync(join(dir, 'data/index.ts')) && existsSync(join(dir, 'slides.md')))
}

/** A hook as the kit's plugins give them: filtered to their own ids. */
interface Hook<T> {
  filter: { id: RegExp }
  handler: T
}

/** The public module's source, as `vite build` with DECK_AUDIENCE=public makes it. */
async function publicModule(lessonRoot: string): Promise<string> {
  const plugin = lessonModule({ lessonRoot, audience: 'public' }) as Plugin & { configResolved: (c: { command: string }) => void, resolveId: Hook<(id: string) => string>, load: Hook<(id: string) => Promise<string>> }
  plugin.configResolved({ command: 'build' })
  // As the bundler calls them: each hook only for the ids its filter lets through.
  expect(plugin.resolveId.filter.id.test(LESSON_MODULE_ID)).toBe(true)
  const id = plugin.resolveId.handler(LESSON_MODULE_ID)
  expect(plugin.load.filter.id.test(id)).toBe(true)
  return plugin.load.handler(id)
}

/** The lesson JSON inside the module. */
function moduleLesson(source: string): unknown {
  const literal = /export const lesson = JSON\.parse\((".*")\)\n/.exec(source)?.[1]
  if (literal === undefined)
    throw new Error('the public lesson module no longer carries its lesson as JSON.parse("…")')
  return JSON.parse(JSON.parse(literal) as string)
}

/** The presenter's text of a lesson: talking points and class questions. */
function presenterText(lesson: Lesson): string[] {
  return lesson.plan.flatMap(slide => [...slide.points, slide.question]).filter(text => text.trim() !== '')
}

const roots = lessonRoots()

describe('the public lesson module', () => {
  it('is checked for every lesson in the repository', () => {
    expect(roots.map(dir => relative(ROOT, dir) || '.')).toEqual(expect.arrayContaining(['.', 'test/fixtures/lesson-fixture', 'kit/starter']))
  })

  for (const root of roots) {
    it(`carries no presenter-only key or text: ${relative(ROOT, root) || 'the root lesson'}`, async () => {
      const lesson = await loadLesson(lessonModulePath(root))
      // The full lesson has them: the checks below can find them.
      expect(presenterOnlyPaths(lesson)).toContain('$.plan')
      const source = await publicModule(root)
      expect(presenterOnlyPaths(moduleLesson(source))).toEqual([])
      expect(presenterText(lesson).filter(text => source.includes(JSON.stringify(text).slice(1, -1)))).toEqual([])
      // Public text is there: the search reads the right module.
      expect(source).toContain(JSON.stringify(lesson.course.lessonTitle).slice(1, -1))
    }, 60_000)
  }

  it('leaves out a section the lesson marks presenter-only, with its key', () => {
    const lesson = { course: { name: 'c' }, plan: [], liveQuestions: [{ id: 'q', correct: 1 }], recap: { title: '只给讲师' } } as unknown as Lesson
    const open = publicLesson(lesson, ['recap'])
    expect(presenterOnlyPaths(open, ['recap'])).toEqual([])
    expect(presenterOnlyPaths(lesson, ['recap'])).toEqual(['$.plan', '$.liveQuestions[0].correct', '$.recap'])
  })
})
