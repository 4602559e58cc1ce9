import { join, resolve } from 'node:path'

/** The kit's own folder: the Slidev addon every lesson names in its headmatter. */
export const kitRoot = resolve(import.meta.dirname, '..')

/** A lesson is a folder: its entry (slides.md), its data/ with data/index.ts exporting `lesson`. */
export function lessonModulePath(lessonRoot: string): string {
  return join(lessonRoot, 'data', 'index.ts')
}
