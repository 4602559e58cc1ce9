import type { DeckSources } from './deckText.ts'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Where each kind of source text lives, relative to the project root. */
export const SOURCE_PATHS: Record<Exclude<keyof DeckSources, 'cover'>, readonly string[]> = {
  interface: ['components', 'composables', 'layouts', 'kit'],
  code: ['lib'],
  deck: ['slides.md', 'setup', 'data', 'styles'],
}

const TEXT_FILE = /\.(?:ts|vue|md|css|js|json)$/

function filesUnder(path: string): string[] {
  if (!existsSync(path))
    return []
  if (!statSync(path).isDirectory())
    return [path]
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter(name => TEXT_FILE.test(name))
    .map(name => join(path, name))
    .filter(file => statSync(file).isFile())
    .sort()
}

/** Whether a changed file is one whose characters go into the font. */
export function isSourceFile(root: string, file: string): boolean {
  return Object.values(SOURCE_PATHS).flat().some(path => file === join(root, path) || file.startsWith(join(root, path, '/')))
}

/** The components slides.md places on its first slide (`<LessonCover …/>` → components/LessonCover.vue). */
export function firstSlideComponents(slidesMarkdown: string): string[] {
  // The headmatter is the first slide's frontmatter: its content runs to the next separator.
  const [, , content = ''] = slidesMarkdown.split(/^---$/m)
  return [...new Set([...content.matchAll(/<([A-Z][\w-]*)/g)].map(match => `components/${match[1]}.vue`))]
}

/** Reads the project's source text (missing folders are skipped: a deck need not have layouts/). */
export function readSources(root: string): DeckSources {
  const read = (paths: readonly string[]) => paths.flatMap(path => filesUnder(join(root, path))).map(file => readFileSync(file, 'utf8')).join('\n')
  const slides = existsSync(join(root, 'slides.md')) ? readFileSync(join(root, 'slides.md'), 'utf8') : ''
  return {
    cover: read(firstSlideComponents(slides)),
    interface: read(SOURCE_PATHS.interface),
    code: read(SOURCE_PATHS.code),
    deck: read(SOURCE_PATHS.deck),
  }
}
