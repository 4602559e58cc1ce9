import { randomBytes } from 'node:crypto'
import { access, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import process from 'node:process'

/**
 * Files written next to their final place and renamed in only when every document is ready,
 * so an export that fails or is interrupted leaves the previous PDFs as they were.
 */
export class StagedFiles {
  private readonly staged = new Map<string, string>()

  /** Writes bytes to a hidden temporary file beside `target`. */
  async stage(target: string, bytes: Uint8Array): Promise<void> {
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    this.staged.set(target, temp)
    await writeFile(temp, bytes)
  }

  /** Renames every staged file into place; a rename within one folder is atomic. */
  async commit(): Promise<string[]> {
    const written: string[] = []
    for (const [target, temp] of this.staged) {
      await rename(temp, target)
      this.staged.delete(target)
      written.push(target)
    }
    return written
  }

  /** Removes temporary files not yet renamed; safe to call at any time, more than once. */
  async discard(): Promise<void> {
    const temps = [...this.staged.values()]
    this.staged.clear()
    await Promise.all(temps.map(temp => rm(temp, { force: true })))
  }
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
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new Error(`cannot write to output folder ${dir} (${code})`)
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
