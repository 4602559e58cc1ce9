import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'

/**
 * The one way a file or folder is replaced: written under a hidden temporary name beside it, then
 * renamed into place, so a reader sees the old one or the new one, never half of either. Used by
 * the build cache (tools/build), the font subsets (kit/vite/fonts) and the export's PDFs.
 */

/** Codes Windows gives while a virus scanner or the indexer briefly holds a file open. */
const BUSY = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RETRY_MS = 50
const RETRIES = 20

/** `.<name>.<pid>.<hex>.<kind>`: a hidden name beside `target` carrying its writer's process id. */
export function tempBeside(target: string, kind: 'tmp' | 'old' = 'tmp'): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`)
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
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
  const pattern = new RegExp(`^\\.${escaped(basename(target))}\\.(\\d+)\\.[0-9a-f]+\\.(tmp|old)$`)
  const names = await readdir(dirname(target)).catch(() => [] as string[])
  await Promise.all(names.map(async (name) => {
    const pid = pattern.exec(name)?.[1]
    if (pid && !isProcessAlive(Number(pid)))
      await rm(join(dirname(target), name), { recursive: true, force: true })
  }))
}

/**
 * `renameSync`, retried for a moment while the file system says the file is busy (Windows).
 * Synchronous on purpose: the renames of one swap run back to back, with no event in between.
 */
export function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to)
      return
    }
    catch (error) {
      if (attempt >= RETRIES || !BUSY.has((error as NodeJS.ErrnoException).code ?? ''))
        throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS)
    }
  }
}

/**
 * Puts the complete folder `temp` in place of `target`. A folder cannot be renamed onto another
 * on Windows, so the old one is renamed away first, then the new one in; the old is removed after.
 */
export async function replaceDir(target: string, temp: string): Promise<void> {
  const old = tempBeside(target, 'old')
  const hadOld = existsSync(target)
  if (hadOld)
    renameWithRetry(target, old)
  renameWithRetry(temp, target)
  if (hadOld)
    await rm(old, { recursive: true, force: true })
}

/** Writes `data` to `file` through a temporary file beside it: no reader ever sees half of it. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = tempBeside(file)
  try {
    writeFileSync(temp, data)
    renameWithRetry(temp, file)
  }
  catch (error) {
    void rm(temp, { force: true })
    throw error
  }
}
