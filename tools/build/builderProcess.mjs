// @ts-check
/**
 * The build's child process (tools/build/runSlidevBuild.mjs): started for a request, or started
 * early and handed its request later (tools/build/warmBuilder.mjs). Plain JavaScript: the early
 * start runs before tsx is loaded.
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const exitWithParent = fileURLToPath(new URL('../process/exitWithParent.mjs', import.meta.url))
const runner = fileURLToPath(new URL('./runSlidevBuild.mjs', import.meta.url))

/** @type {import('node:child_process').ChildProcessByStdio<import('node:stream').Writable | null, null, import('node:stream').Readable> | undefined} */
let warm

/** The environment every build starts with (tools/build/slidevBuild.ts). */
export function builderEnv() {
  // Without NODE_ENV, as `slidev build` starts: a caller's development setting (a dev server's, a
  // test runner's) would make it ship Vue's development build.
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  delete env.NODE_ENV
  return env
}

/**
 * Starts the build's child in `cwd`: for `request` (its JSON), or without one, waiting for it on
 * stdin.
 * @param {{ cwd: string, env?: Record<string, string>, request?: string }} options
 * @returns {import('node:child_process').ChildProcessByStdio<import('node:stream').Writable | null, null, import('node:stream').Readable>} The child, its stderr piped.
 */
export function startBuilder({ cwd, env = {}, request }) {
  const child = spawn(process.execPath, ['--import', exitWithParent, runner, request ?? '--wait'], {
    cwd,
    stdio: [request === undefined ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    env: { ...builderEnv(), ...env },
  })
  return /** @type {import('node:child_process').ChildProcessByStdio<import('node:stream').Writable | null, null, import('node:stream').Readable>} */ (child)
}

/** The builder started early, once, for a build of this directory with no extra environment. */
export function takeWarmBuilder() {
  const child = warm
  warm = undefined
  return child
}

/** Starts the builder now, for the build this program will ask for (preloaded: tools/build/warmBuilder.mjs). */
export function startWarmBuilder() {
  warm = startBuilder({ cwd: process.cwd() })
}
