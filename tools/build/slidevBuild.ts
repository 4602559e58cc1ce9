import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
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

export interface SlidevBuildOptions {
  /** The lesson's entry (slides.md), relative to `root`. */
  entry: string
  outDir: string
  /** Stops the build's process; the promise then rejects with the signal's reason. */
  signal: AbortSignal
  /** More of `slidev build`'s own flags (`--without-notes`). */
  flags?: readonly string[]
  /** More environment for the build (the lesson's audience). */
  env?: Record<string, string>
}

/**
 * Runs Slidev's own production build in a child process that ends with this one (exitWithParent)
 * or when `signal` fires. Rejects with a BuildFailedError carrying Slidev's explanation.
 */
export function slidevBuild(root: string, options: SlidevBuildOptions): Promise<void> {
  options.signal.throwIfAborted()
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, ['--import', exitWithParent, slidev, 'build', options.entry, ...(options.flags ?? []), '--out', options.outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const onAbort = (): void => void stopChild(child)
  options.signal.addEventListener('abort', onAbort, { once: true })
  return new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      options.signal.removeEventListener('abort', onAbort)
      if (options.signal.aborted)
        reject(options.signal.reason)
      else if (code === 0)
        resolve()
      else
        reject(new BuildFailedError(buildErrorText(stderr) || `slidev build exited with code ${code}`))
    })
  })
}
