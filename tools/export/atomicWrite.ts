import { randomBytes } from 'node:crypto'
import { access, mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import process from 'node:process'
import { renameRetrying } from '../fs/replaceDir'
import { isProcessAlive } from '../process/alive'
import { WriteError, writeErrorMessage } from './writeError'

/** `.slides.pdf.<pid>.<hex>.tmp`: the temporary name of a staged file, with the pid of its writer. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/

/**
 * Files written next to their final place and renamed in only when every document is ready,
 * so an export that fails or is interrupted leaves the previous PDFs as they were.
 * Once `signal` fires nothing more is staged and nothing is committed.
 */
export class StagedFiles {
  private readonly staged = new Map<string, string>()
  /** Writes under way: a discard waits for them, so no file appears after it. */
  private readonly writing = new Set<Promise<unknown>>()

  constructor(private readonly signal: AbortSignal) {}

  /** Writes bytes to a hidden temporary file beside `target`. */
  async stage(target: string, bytes: Uint8Array): Promise<void> {
    this.signal.throwIfAborted()
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    this.staged.set(target, temp)
    const write = writeFile(temp, bytes)
    this.writing.add(write)
    try {
      await write
    }
    catch (error) {
      await rm(temp, { force: true })
      throw new WriteError(target, error)
    }
    finally {
      this.writing.delete(write)
    }
    this.signal.throwIfAborted()
  }

  /**
   * Renames every staged file into place; a rename within one folder is atomic. The renames run
   * back to back without yielding, so a stop request lands before all of them or after all.
   */
  commit(): string[] {
    this.signal.throwIfAborted()
    const written: string[] = []
    for (const [target, temp] of this.staged) {
      try {
        // Windows refuses for a moment while a viewer or a virus scan holds the old PDF.
        renameRetrying(temp, target)
      }
      catch (error) {
        throw new Error(writeErrorMessage(target, error))
      }
      this.staged.delete(target)
      written.push(target)
    }
    return written
  }

  /** Removes temporary files not yet renamed, once their writes end; safe to call at any time, more than once. */
  async discard(): Promise<void> {
    await Promise.allSettled(this.writing)
    const temps = [...this.staged.values()]
    this.staged.clear()
    await Promise.all(temps.map(temp => rm(temp, { force: true })))
  }
}

/** Removes temporary files an export killed outright left in `dir` (their writer is gone). */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.map(async (name) => {
    const pid = TEMP_NAME.exec(name)?.[1]
    if (pid && !isProcessAlive(Number(pid)))
      await rm(join(dir, name), { force: true })
  }))
}

/**
 * Makes sure the output folder exists and can take a new file; throws a one-line message
 * otherwise. Returns an undo step that removes the folders this call created, if they are still
 * empty (an export that fails leaves no empty folder behind; one that wrote keeps everything).
 */
export async function ensureWritableDir(dir: string): Promise<() => Promise<void>> {
  const probe = join(dir, `.export-probe-${process.pid}`)
  let created: string | undefined
  try {
    created = await mkdir(dir, { recursive: true })
    await writeFile(probe, '')
    await rm(probe, { force: true })
  }
  catch (error) {
    throw new Error(writeErrorMessage(dir, error).replace(/^cannot write /, 'cannot write to output folder '))
  }
  await access(dir)
  return async () => {
    if (created === undefined)
      return
    // From the deepest folder up to the first one created, each only while it is empty.
    for (let folder = dir; !relative(created, folder).startsWith('..'); folder = dirname(folder)) {
      try {
        await rmdir(folder)
      }
      catch {
        return
      }
      if (folder === created)
        return
    }
  }
}
