import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'

/**
 * The one way a file or folder is replaced: written under a hidden temporary name beside it, then
 * renamed into place, so a reader sees the old one or the new one, never half of either. Used by
 * the build cache (tools/build), the font subsets (kit/vite/fonts), the diagram cache and the
 * export's PDFs. Renames also work on Windows, where a rename fails for a moment while another
 * program (an antivirus scan, the search indexer, a static server reading a file) holds something
 * open inside, and where a folder cannot be renamed over another. Linux renames at the first try.
 */

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

/** `.<name>.<pid>.<hex>.<kind>`: a hidden name beside `target` carrying its writer's process id. */
export function tempBeside(target: string, kind: 'tmp' | 'old' = 'tmp'): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`)
}

/** Whether a process with this id runs (a leftover named after a dead process may be removed). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes the temporary files and folders beside `target` whose writer is gone (killed outright). */
export async function removeLeftovers(target: string): Promise<void> {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f]+\\.(tmp|old)$`)
  const names = await readdir(dirname(target)).catch(() => [] as string[])
  await Promise.all(names.map(async (entry) => {
    const pid = pattern.exec(entry)?.[1]
    if (pid && !isProcessAlive(Number(pid)))
      await rm(join(dirname(target), entry), { recursive: true, force: true })
  }))
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

/** Writes `data` to `file` through a temporary file beside it: no reader ever sees half of it. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = tempBeside(file)
  try {
    writeFileSync(temp, data)
    renameRetrying(temp, file)
  }
  finally {
    rmSync(temp, { force: true })
  }
}
