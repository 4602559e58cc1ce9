import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A plain Slidev deck of `slideCount` slides: default theme, a heading and a short list each. */
export function plainDeckMarkdown(slideCount: number): string {
  const slides = Array.from({ length: slideCount }, (_, i) => `# Slide ${i + 1}\n\n- First point of slide ${i + 1}\n- Second point\n- Third point\n`)
  return `---\ntheme: default\n---\n\n${slides.join('\n---\n\n')}`
}

/**
 * Writes the plain deck into `dir`. Slidev's exporter imports the `playwright-chromium` package;
 * a one-line stand-in that re-exports this project's playwright-core lets it drive the same
 * Chromium (given with --executable-path) without downloading a browser of its own.
 */
export function writePlainDeck(dir: string, slideCount: number, playwrightCoreEntry: string): string {
  const shim = join(dir, 'node_modules', 'playwright-chromium')
  mkdirSync(shim, { recursive: true })
  writeFileSync(join(shim, 'package.json'), JSON.stringify({ name: 'playwright-chromium', type: 'module', exports: './index.mjs' }))
  writeFileSync(join(shim, 'index.mjs'), `export * from ${JSON.stringify(playwrightCoreEntry)}\n`)
  const entry = join(dir, 'slides.md')
  writeFileSync(entry, plainDeckMarkdown(slideCount))
  return entry
}
