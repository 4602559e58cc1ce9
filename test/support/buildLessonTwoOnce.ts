import { ensureBuild } from '../../tools/build/ensureBuild'
import { root } from './root'

/**
 * Vitest's global setup: lesson 2's site (dist/), built once before any file runs, unless current.
 * The export tests print from it (an export prints from a current site) instead of each racing to
 * build the print site, and Playwright's deck server later finds it current.
 */
export default async function buildLessonTwoOnce(): Promise<void> {
  await ensureBuild({ root, entry: 'slides.md', flavour: 'site', signal: new AbortController().signal, onCleanup: () => {}, log: () => {} })
}
