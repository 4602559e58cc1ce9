import type { Buffer } from 'node:buffer'
import { stopChild } from '../process/stopChild'
import { startBuilder } from './builderProcess.mjs'

/** A build of the deck that failed; its message is the builder's own explanation, cleaned up. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError'
}

/**
 * What a failed build wrote to stderr, as a person should read it: without colour codes, stack
 * lines or blank runs. The first lines name the error and the file.
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
  /** No speaker notes in the site. */
  withoutNotes?: boolean
  /** Slidev's print view in the site (what the export prints from). */
  printView?: boolean
  /** A site only for printing: the features the print view never shows are left out. */
  printOnly?: boolean
  /** More environment for the build (the lesson's audience). */
  env?: Record<string, string>
}

/**
 * Builds the deck in the one child process (tools/build/runSlidevBuild.mjs), which ends with this
 * one (exitWithParent) or when `signal` fires. Resolves with the build's warnings (stderr, maybe
 * empty); rejects with a BuildFailedError carrying the builder's explanation.
 */
export function slidevBuild(root: string, options: SlidevBuildOptions): Promise<string> {
  options.signal.throwIfAborted()
  const request = { entry: options.entry, outDir: options.outDir, withoutNotes: options.withoutNotes ?? false, printView: options.printView ?? false, printOnly: options.printOnly ?? false }
  const child = startBuilder({ cwd: root, env: options.env, request: JSON.stringify(request) })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const onAbort = (): void => void stopChild(child)
  options.signal.addEventListener('abort', onAbort, { once: true })
  return new Promise<string>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      options.signal.removeEventListener('abort', onAbort)
      if (options.signal.aborted)
        reject(options.signal.reason)
      else if (code === 0)
        resolve(buildErrorText(stderr))
      else
        reject(new BuildFailedError(buildErrorText(stderr) || `the build exited with code ${code}`))
    })
  })
}
