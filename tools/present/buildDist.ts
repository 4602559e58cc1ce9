import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { buildInto } from '../build/buildCache'
import { hashBuildInputs, lessonBuildInputs } from '../build/buildInputs'
import { phase } from '../process/phase'
import { stopChild } from '../process/stopChild'

/** A build of the deck that failed; its message is the builder's own explanation, cleaned up. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError'
}

const exitWithParent = fileURLToPath(new URL('../process/exitWithParent.mjs', import.meta.url))

/**
 * What a failed `slidev build` wrote to stderr, as a person should read it: without colour codes,
 * stack lines or blank runs. The first lines name the error and the file.
 */
export function buildErrorText(stderr: string): string {
  return stderr
    // eslint-disable-next-line no-control-regex
    .replace(/\u001B\[[\d;]*m/g, '')
    .split('\n')
    .filter(line => !/^\s+at /.test(line) && !/^\s*$/.test(line))
    .join('\n')
    .trim()
}

/** Runs Slidev's own build (the site `npm run build` makes) into `outDir`, in a child process stopped with `signal`. */
function slidevBuild(root: string, entry: string, outDir: string, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted()
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, ['--import', exitWithParent, slidev, 'build', entry, '--out', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const onAbort = (): void => void stopChild(child)
  signal.addEventListener('abort', onAbort, { once: true })
  return new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      signal.removeEventListener('abort', onAbort)
      if (signal.aborted)
        reject(signal.reason)
      else if (code === 0)
        resolve()
      else
        reject(new BuildFailedError(buildErrorText(stderr) || `slidev build exited with code ${code}`))
    })
  })
}

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
    await Promise.all([slidevBuild(root, options.entry, temp, options.signal), phase('building', options.signal)])
  }, options)
}
