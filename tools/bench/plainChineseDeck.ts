import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface PlainSlide {
  title: string
  points: readonly string[]
}

/**
 * The reference for the classroom figures: the same slides written as a plain Slidev deck would
 * be (a heading and a list each, default theme), with Noto Sans SC from @fontsource as its docs
 * suggest for self-hosting — every unicode-range slice of 400 and 700, woff2 and woff.
 */
export function plainChineseDeckMarkdown(slides: readonly PlainSlide[]): string {
  const headmatter = '---\ntheme: default\nfonts:\n  sans: Noto Sans SC\n  provider: none\n---\n'
  const body = slides.map(slide => `# ${slide.title}\n\n${slide.points.map(point => `- ${point}`).join('\n')}\n`)
  return `${headmatter}\n${body.join('\n---\n\n')}`
}

export const PLAIN_CHINESE_STYLES = `@import '@fontsource/noto-sans-sc/400.css';\n@import '@fontsource/noto-sans-sc/700.css';\n`

/** Writes the deck (slides.md and styles/index.css) into `dir` and returns the entry file. */
export function writePlainChineseDeck(dir: string, slides: readonly PlainSlide[]): string {
  mkdirSync(join(dir, 'styles'), { recursive: true })
  writeFileSync(join(dir, 'styles', 'index.css'), PLAIN_CHINESE_STYLES)
  const entry = join(dir, 'slides.md')
  writeFileSync(entry, plainChineseDeckMarkdown(slides))
  return entry
}
