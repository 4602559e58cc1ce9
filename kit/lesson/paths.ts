import { join, resolve } from 'node:path'

/**
 * The Slidev addon every lesson names in its headmatter (`addons: [lesson-kit]`): the project
 * root, laid out as an addon is (components/, setup/, styles/, global-top.vue), with lesson 2 as
 * its own deck.
 */
export const addonRoot = resolve(import.meta.dirname, '..', '..')

/** What is not a Slidev convention: the schema, the engine, the Vite plugins, labels, the starter. */
export const kitRoot = resolve(import.meta.dirname, '..')

/** A lesson is a folder: its entry (slides.md), its data/ with data/index.ts exporting `lesson`. */
export function lessonModulePath(lessonRoot: string): string {
  return join(lessonRoot, 'data', 'index.ts')
}
