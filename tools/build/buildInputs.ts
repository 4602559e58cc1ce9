import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { importedMarkdown } from '../../kit/deck/srcImports'

/** The extensions Vite and UnoCSS accept for their config files. */
const CONFIG_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs']
const configFiles = (...names: string[]): string[] => names.flatMap(name => CONFIG_EXTENSIONS.map(ext => `${name}.${ext}`))

/**
 * Slidev's convention folders and files (a deck or an addon may have each): what Slidev reads
 * besides the slides, so an edit to any of them makes the next build.
 */
export const SLIDEV_CONVENTIONS: readonly string[] = [
  'components',
  'composables',
  'layouts',
  'pages',
  'setup',
  'snippets',
  'styles',
  'style.css',
  'index.html',
  'global-top.vue',
  'global-bottom.vue',
  'slide-top.vue',
  'slide-bottom.vue',
  'custom-nav-controls.vue',
  ...configFiles('vite.config', 'uno.config', 'unocss.config'),
]

/**
 * What a lesson's build is made from, relative to the lesson's folder (where its entry is): the
 * deck, its content and assets, and anything of Slidev's convention folders a lesson may add.
 */
export const LESSON_INPUTS: readonly string[] = [
  'slides.md',
  // Files slides.md imports with `src:` (those elsewhere are followed too: listBuildInputs).
  'slides',
  'data',
  'public',
  ...SLIDEV_CONVENTIONS,
]

/**
 * What every lesson's build is made from, relative to the project root: the addon (its convention
 * folders and kit/; tools/ is not an input, a tool builds nothing in) and the installed packages
 * (npm's record of them and the lockfile, so an upgraded Slidev or font package counts).
 */
export const PROJECT_INPUTS: readonly string[] = [
  ...SLIDEV_CONVENTIONS,
  'kit',
  'package.json',
  'package-lock.json',
  join('node_modules', '.package-lock.json'),
  'tsconfig.json',
]

/**
 * What a build of the lesson at the project root (lesson 2) is made from, relative to the root.
 * Paths that do not exist are skipped. One list for every "is this build current?" question:
 * `npm run present` (dist/) and the export's cached print site (tools/export/printSite.ts).
 */
export const BUILD_INPUTS: readonly string[] = [...LESSON_INPUTS, ...PROJECT_INPUTS]

/**
 * The same for the lesson in `lessonRoot` (any folder of the project), relative to `root`: that
 * lesson's own inputs and the project's, and none of another lesson's.
 */
export function lessonBuildInputs(root: string, lessonRoot: string): string[] {
  const lesson = relative(root, resolve(root, lessonRoot))
  return [...LESSON_INPUTS.map(path => join(lesson, path)), ...PROJECT_INPUTS]
}

export interface BuildInputOptions {
  /** Paths to hash, relative to the root: BUILD_INPUTS unless given. */
  inputs?: readonly string[]
  /** Paths left out even when under an input (an output folder inside public/, say). */
  skip?: readonly string[]
}

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full))
    return []
  if (!statSync(full).isDirectory())
    return [path]
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map(name => join(path, name))
    .filter(file => statSync(join(root, file)).isFile())
}

/** Markdown the given Markdown files import with `src:`, at any depth, relative to `root` (inside it only). */
function importedBy(root: string, files: readonly string[]): string[] {
  return files.filter(file => file.endsWith('.md'))
    .flatMap(file => importedMarkdown(join(root, file)))
    .map(file => relative(root, file))
    .filter(file => !file.startsWith('..'))
}

/** The input files of a build, relative to `root`, sorted, each once, with the Markdown they import. */
export function listBuildInputs(root: string, options: BuildInputOptions = {}): string[] {
  const skip = (options.skip ?? []).map(path => relative(root, resolve(root, path)))
  const skipped = (file: string): boolean => skip.some(path => file === path || file.startsWith(`${path}${sep}`))
  const files = (options.inputs ?? BUILD_INPUTS).flatMap(path => filesUnder(root, path)).filter(file => !skipped(file))
  return [...new Set([...files, ...importedBy(root, files)])].sort()
}

/**
 * A SHA-256 over the names and contents of the build's inputs: the same sources give the same
 * hash on any machine, whatever the files' dates; any edit, new or removed file changes it.
 */
export function hashBuildInputs(root: string, options: BuildInputOptions = {}): string {
  const hash = createHash('sha256')
  for (const file of listBuildInputs(root, options)) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** `relative` from root, for messages. */
export function shortPath(root: string, path: string): string {
  return relative(root, path) || '.'
}
