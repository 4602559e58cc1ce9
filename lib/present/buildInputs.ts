import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'

/**
 * What a build of the deck is made from, relative to the project root: the deck, its content,
 * code and assets, the lockfile (so an upgraded Slidev or font package counts) and the configs.
 * Paths that do not exist are skipped.
 */
export const BUILD_INPUTS: readonly string[] = [
  'slides.md',
  // Files slides.md imports with `src:`.
  'slides',
  'pages',
  'data',
  'components',
  'composables',
  'layouts',
  'lib',
  'setup',
  'styles',
  'public',
  'snippets',
  'index.html',
  'global-top.vue',
  'global-bottom.vue',
  'custom-nav-controls.vue',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'uno.config.ts',
  'tsconfig.json',
]

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

/** The input files of a build, relative to `root`, sorted. */
export function listBuildInputs(root: string, inputs: readonly string[] = BUILD_INPUTS): string[] {
  return inputs.flatMap(path => filesUnder(root, path)).sort()
}

/**
 * A SHA-256 over the names and contents of the build's inputs: the same sources give the same
 * hash on any machine, whatever the files' dates; any edit, new or removed file changes it.
 */
export function hashBuildInputs(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256')
  for (const file of listBuildInputs(root, inputs)) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Where the hash of the sources a build was made from is kept: beside its output folder. */
export function stampPathFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-inputs.sha256`)
}

/** Whether `outDir` holds a finished build of exactly these inputs. */
export function isBuildCurrent(outDir: string, hash: string): boolean {
  const stamp = stampPathFor(outDir)
  return existsSync(join(outDir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash
}

/** `relative` from root, for messages. */
export function shortPath(root: string, path: string): string {
  return relative(root, path) || '.'
}
