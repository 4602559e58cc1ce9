import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { removeLeftovers, replaceDir, tempBeside } from '../../kit/fs/replaceAtomically'

/**
 * How a build of the deck is kept, for every flavour (tools/build/ensureBuild.ts): a folder holding
 * the hash of the inputs it was built from. A build is made in a temporary folder beside it and
 * renamed into place only when complete, so the folder is always the last good build, and a
 * failed or interrupted build leaves it as it was.
 */

/** Inside the build's folder; a dotfile, so the static server does not serve it. */
const STAMP_FILE = '.build-inputs.sha256'

/** The hash a complete build in `dir` was made from; undefined when there is none. */
export function builtFrom(dir: string): string | undefined {
  const stamp = join(dir, STAMP_FILE)
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined
}

/** Whether `dir` holds a complete build of exactly these inputs. */
export function isBuildCurrent(dir: string, hash: string): boolean {
  return builtFrom(dir) === hash
}

/** When the complete build in `dir` was made; undefined when there is none. */
export function builtAt(dir: string): Date | undefined {
  const stamp = join(dir, STAMP_FILE)
  return existsSync(stamp) ? statSync(stamp).mtime : undefined
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
  const temp = tempBeside(dir)
  options.onCleanup(() => rm(temp, { recursive: true, force: true }))
  await mkdir(temp, { recursive: true })
  options.signal.throwIfAborted()
  await build(temp)
  options.signal.throwIfAborted()
  writeFileSync(join(temp, STAMP_FILE), `${hash}\n`)
  const old = tempBeside(dir, 'old')
  replaceDir(temp, dir, old)
  await rm(old, { recursive: true, force: true })
}
