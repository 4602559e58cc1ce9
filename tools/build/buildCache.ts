import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { replaceDir } from '../fs/replaceDir'
import { isProcessAlive } from '../process/alive'

/**
 * The one way a build of the deck is kept, for `npm run build` and `npm run present` (dist/) and
 * for the export's print site: a folder holding the hash of the inputs it was built from. A build
 * is made in a temporary folder beside it and renamed into place only when complete, so the folder
 * is always the last good build, and a failed or interrupted build leaves it as it was.
 */

/** Inside the build's folder; a dotfile, so the static server does not serve it. */
const STAMP_FILE = '.build-inputs.sha256'

/** `.<name>.<pid>.tmp` (a build under way) and `.<name>.<pid>.old` (a build being replaced). */
function leftoverPattern(dir: string): RegExp {
  return new RegExp(`^\\.${basename(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.(tmp|old)$`)
}

/** The hash a complete build in `dir` was made from; undefined when there is none. */
export function builtFrom(dir: string): string | undefined {
  const stamp = join(dir, STAMP_FILE)
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined
}

/** Whether `dir` holds a complete build of exactly these inputs. */
export function isBuildCurrent(dir: string, hash: string): boolean {
  return builtFrom(dir) === hash
}

/** Removes what builds killed outright left beside `dir` (their process is gone). */
export async function removeLeftovers(dir: string): Promise<void> {
  const pattern = leftoverPattern(dir)
  const names = await readdir(dirname(dir)).catch(() => [] as string[])
  await Promise.all(names.map(async (name) => {
    const pid = pattern.exec(name)?.[1]
    if (pid && !isProcessAlive(Number(pid)))
      await rm(join(dirname(dir), name), { recursive: true, force: true })
  }))
}

export interface BuildIntoOptions {
  /** Once it fires, the build is not put in place. */
  signal: AbortSignal
  /** Registers an undo step (removing the temporary folder), run however the program ends. */
  onCleanup: (task: () => Promise<unknown>) => void
}

/**
 * Runs `build` into a fresh temporary folder beside `dir`, then replaces `dir` with it, stamped
 * with `hash`. The two renames of the swap run back to back without yielding, so a stop request
 * lands before the swap (nothing changes) or after it (the new build is whole). On Windows, while
 * a program holds a file of the old build open, the swap waits a moment, then fails keeping it.
 */
export async function buildInto(dir: string, hash: string, build: (temp: string) => Promise<void>, options: BuildIntoOptions): Promise<void> {
  await removeLeftovers(dir)
  const temp = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`)
  const old = join(dirname(dir), `.${basename(dir)}.${process.pid}.old`)
  options.onCleanup(() => rm(temp, { recursive: true, force: true }))
  await rm(temp, { recursive: true, force: true })
  await mkdir(temp, { recursive: true })
  options.signal.throwIfAborted()
  await build(temp)
  options.signal.throwIfAborted()
  writeFileSync(join(temp, STAMP_FILE), `${hash}\n`)
  replaceDir(temp, dir, old)
  await rm(old, { recursive: true, force: true })
}

/** When the complete build in `dir` was made; undefined when there is none. */
export function builtAt(dir: string): Date | undefined {
  const stamp = join(dir, STAMP_FILE)
  return existsSync(stamp) ? statSync(stamp).mtime : undefined
}
