import type { DeckSources } from './deckText.ts'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { importedMarkdown } from '../../deck/srcImports.ts'
import { componentLabelGroups } from '../../labels.ts'
import { labelGroupsText } from './labelText.ts'

/** Where each kind of source text lives: in the addon (the project root), and in the lesson's folder. */
export const SOURCE_PATHS = {
  kit: {
    interface: ['components', 'layouts', join('kit', 'composables'), join('kit', 'labels.ts')],
    code: [join('kit', 'slides')],
    deck: ['setup', 'styles'],
  },
  lesson: {
    interface: ['components', 'layouts'],
    code: [] as string[],
    deck: ['slides.md', 'slides', 'data'],
  },
} as const satisfies Record<'kit' | 'lesson', Record<Exclude<keyof DeckSources, 'cover'>, readonly string[]>>

export interface SourceRoots {
  /** The addon's folder (the project root: components/, setup/, styles/ and kit/). */
  addonRoot: string
  /** The lesson's folder: where its slides.md and data/ are. */
  lessonRoot: string
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

function sourcePaths(roots: SourceRoots): string[] {
  return (['kit', 'lesson'] as const).flatMap(side => Object.values(SOURCE_PATHS[side]).flat().map(path => join(side === 'kit' ? roots.addonRoot : roots.lessonRoot, path)))
}

/** Whether a changed file is one whose characters go into the font. */
export function isSourceFile(roots: SourceRoots, file: string): boolean {
  return sourcePaths(roots).some(path => file === path || file.startsWith(join(path, '/')))
}

/** The components slides.md places on its first slide (`<LessonCover …/>` → components/LessonCover.vue, in the kit or the lesson). */
export function firstSlideComponents(slidesMarkdown: string): string[] {
  // The headmatter is the first slide's frontmatter: its content runs to the next separator.
  const [, , content = ''] = slidesMarkdown.split(/^---$/m)
  return [...new Set([...content.matchAll(/<([A-Z][\w-]*)/g)].map(match => `components/${match[1]}.vue`))]
}

/** Reads the kit's and the lesson's source text (missing folders are skipped: a lesson need not have layouts/). */
export function readSources(roots: SourceRoots, entry = 'slides.md'): DeckSources {
  const readUnder = (root: string, paths: readonly string[]) => paths.flatMap(path => filesUnder(join(root, path))).map(file => readFileSync(file, 'utf8'))
  const read = (kind: Exclude<keyof DeckSources, 'cover'>) => [...readUnder(roots.addonRoot, SOURCE_PATHS.kit[kind]), ...readUnder(roots.lessonRoot, SOURCE_PATHS.lesson[kind])].join('\n')
  const slidesFile = join(roots.lessonRoot, entry)
  const slides = existsSync(slidesFile) ? readFileSync(slidesFile, 'utf8') : ''
  const cover = firstSlideComponents(slides)
  // The kit's components keep their words in kit/labels.ts: the cover's groups go with them.
  const coverLabels = labelGroupsText(join(roots.addonRoot, 'kit'), [...new Set(cover.flatMap(file => componentLabelGroups[basename(file, '.vue')] ?? []))])
  // Markdown imported with `src:` from outside slides/ (a course's shared slides) is the deck's text too.
  const imported = importedMarkdown(slidesFile, roots.lessonRoot).map(file => readFileSync(file, 'utf8'))
  return {
    cover: [...readUnder(roots.addonRoot, cover), ...readUnder(roots.lessonRoot, cover), coverLabels].join('\n'),
    interface: read('interface'),
    code: read('code'),
    deck: [read('deck'), ...imported].join('\n'),
  }
}
