/**
 * Renames that also work on Windows, where a rename fails for a moment while another program
 * (an antivirus scan, the search indexer, a static server reading a file) holds something open
 * inside, and where a folder cannot be renamed over another. Linux renames at the first try.
 */
import { existsSync, renameSync } from 'node:fs'

/** Errors Windows gives for a file or folder that is in use; they pass once it is let go. */
const IN_USE = new Set(['EPERM', 'EBUSY', 'EACCES'])
/** Waits between tries: about a second and a half in all, which a scan or an index pass takes. */
const RETRY_WAITS_MS = [20, 50, 100, 200, 400, 700]

export interface RenameDeps {
  rename: (from: string, to: string) => void
  /** Waits without yielding: a swap never lets a stop request in between its renames. */
  sleep: (ms: number) => void
  exists: (path: string) => boolean
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
const real: RenameDeps = {
  rename: renameSync,
  sleep: ms => Atomics.wait(sleeper, 0, 0, ms),
  exists: existsSync,
}

/** Renames `from` to `to`, trying again for a moment while it is in use; then throws the last error. */
export function renameRetrying(from: string, to: string, deps: RenameDeps = real): void {
  for (const wait of [...RETRY_WAITS_MS, undefined]) {
    try {
      deps.rename(from, to)
      return
    }
    catch (error) {
      if (wait === undefined || !IN_USE.has((error as NodeJS.ErrnoException).code ?? ''))
        throw error
      deps.sleep(wait)
    }
  }
}

/**
 * Puts the folder `fresh` in place of `target`: the old `target` is renamed to `old` first (a folder
 * cannot be renamed over another on Windows), then `fresh` to `target`. Should that fail, the old
 * folder goes back, so `target` is never left missing. The caller removes `old` afterwards.
 */
export function replaceDir(fresh: string, target: string, old: string, deps: RenameDeps = real): void {
  const hadTarget = deps.exists(target)
  if (hadTarget)
    renameRetrying(target, old, deps)
  try {
    renameRetrying(fresh, target, deps)
  }
  catch (error) {
    if (hadTarget)
      renameRetrying(old, target, deps)
    throw error
  }
}
