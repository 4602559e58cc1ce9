import { dirname, join, relative, resolve } from 'node:path'
import { buildInto } from '../build/buildCache'
import { hashBuildInputs, lessonBuildInputs } from '../build/buildInputs'
import { precompress } from '../build/precompress'
import { slidevBuild } from '../build/slidevBuild'
import { phase } from '../process/phase'

/** Where a lesson's build goes (dist/ beside its entry) and the hash of what it is made from. */
export function lessonDist(root: string, entry: string): { dist: string, hash: string } {
  const entryPath = resolve(root, entry)
  const lessonRoot = dirname(entryPath)
  return {
    dist: join(lessonRoot, 'dist'),
    hash: hashBuildInputs(root, { inputs: [...lessonBuildInputs(root, lessonRoot), relative(root, entryPath)] }),
  }
}

export interface BuildDistOptions {
  /** The lesson's entry (slides.md), relative to the root. */
  entry: string
  signal: AbortSignal
  onCleanup: (task: () => Promise<unknown>) => void
}

/**
 * Builds the deck into dist/ through the build cache (tools/build/buildCache.ts): dist/ is replaced
 * only by a complete build, so a failed or interrupted one leaves the last good deck in place.
 */
export async function buildDist(root: string, options: BuildDistOptions): Promise<void> {
  // Hashed before anything is read, so an edit made during the build makes it stale.
  const { dist, hash } = lessonDist(root, options.entry)
  await buildInto(dist, hash, async (temp) => {
    // The test seam holds the build's end here, so a stop lands while Slidev builds.
    await Promise.all([slidevBuild(root, { entry: options.entry, outDir: temp, signal: options.signal }), phase('building', options.signal)])
    await precompress(temp)
  }, options)
}
