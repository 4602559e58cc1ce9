import type { Plugin } from 'vite'
import type { Lesson } from '../lesson/schema.ts'
import { normalizePath } from 'vite'
import { loadLesson } from '../lesson/loadLesson.ts'
import { describeModule, missingLessonPaths, remotePageProblem, remotePageResources, remoteSources, unresolvedComponents } from './slideChecks.ts'

/** Compiled slides of Slidev (`slides.md__slidev_20.md`), and the project's own components and layouts. */
function isChecked(id: string, roots: readonly string[]): boolean {
  const clean = id.split('?')[0]!
  if (/__slidev_\d+\.md$/.test(clean))
    return true
  return roots.some(root => clean.startsWith(root)) && !clean.includes('/node_modules/') && clean.endsWith('.vue') && !/[?&]type=/.test(id)
}

/** A component in place of one that does not exist: the problem, shown where the content would be. */
function problemComponent(message: string): string {
  return `{ render: () => __deckProblem('div', { class: 'deck-slide-problem', style: 'color:#b91c1c;border:2px solid #b91c1c;padding:.5em;font:14px monospace;background:#fff' }, ${JSON.stringify(message)}) }`
}

/**
 * Nothing a slide asks for drops silently: an unknown component tag, a `$lesson` path the lesson
 * lacks, or an image, video or frame loaded from the internet (kit/vite/slideChecks.ts) fails the
 * build and the export with the slide, the file and the tag, path or address. In the dev server an
 * unknown component is drawn on the slide itself, in place of the missing component (a `$lesson`
 * path fails at run time there, through setup/main.ts; an address loads, the author being online).
 */
export function slideChecks(options: { roots: readonly string[], lessonModule: string, indexHtml: string }): Plugin {
  // Vite's module ids use / on Windows too; the roots come from the file system (C:\…).
  const roots = options.roots.map(root => normalizePath(root))
  let building = false
  // A build's lesson, loaded once rather than for each slide and component (each load hashes the
  // lesson's sources to see whether they changed, and nothing changes during a build).
  let lesson: Promise<Lesson> | undefined
  return {
    name: 'deck-slide-checks',
    enforce: 'post',
    configResolved(config) {
      building = config.command === 'build'
    },
    buildStart() {
      if (!building)
        return
      // The page around the slides (Slidev's index.html: web fonts, the deck's head), before any work.
      const remote = remotePageResources(options.indexHtml)
      if (remote.length > 0)
        this.error(remote.map(remotePageProblem).join('; '))
      lesson = loadLesson(options.lessonModule)
      // Awaited by the first slide checked; its failure is that slide's error, never unhandled.
      lesson.catch(() => undefined)
    },
    // After every other transform: Slidev's component auto-import (unplugin-vue-components)
    // replaces the lookups it resolves, so what is left is what nothing resolves.
    // Filtered to slides and components, which isChecked narrows: the bundler skips the rest.
    transform: { order: 'post', filter: { id: /__slidev_\d+\.md|\.vue/ }, async handler(code, id) {
      if (!isChecked(id, roots))
        return undefined
      const where = describeModule(id, roots[0]!)
      const components = unresolvedComponents(code)
      const paths = lesson ? missingLessonPaths(code, await lesson) : []
      const remote = lesson ? remoteSources(code) : []
      if (lesson && (components.length > 0 || paths.length > 0 || remote.length > 0)) {
        const problems = [
          ...components.map(tag => `unknown component <${tag}> (no file in components/ or Slidev's built-ins has this name)`),
          ...paths.map(path => `${path} does not exist in the lesson data`),
          ...remote.map(url => `${url} is loaded from the internet, which a classroom may not have: save the file in the lesson's public/ and give its path (/name.png)`),
        ]
        this.error(`${where}: ${problems.join('; ')}`)
      }
      if (components.length === 0)
        return undefined
      let patched = code
      for (const tag of components)
        patched = patched.replaceAll(new RegExp(`_resolveComponent\\("${tag}"(?:, true)?\\)`, 'g'), problemComponent(`${where}: unknown component <${tag}>`))
      return { code: `import { h as __deckProblem } from 'vue'\n${patched}`, map: null }
    } },
  }
}
