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

/** @typedef {import('node:child_process').ChildProcessByStdio<import('node:stream').Writable | null, null, import('node:stream').Readable>} Builder */

/**
 * The builder started early, for a build in `cwd` with no extra environment.
 * @type {{ child: Builder, cwd: string } | undefined}
 */
let warm

/** Starts a builder in `cwd`: with its request as the argument, or without one, waiting for it on stdin. */
function spawnBuilder(/** @type {string} */ cwd, /** @type {Record<string, string>} */ env, /** @type {string | undefined} */ request) {
  // Without NODE_ENV, as `slidev build` starts: a caller's development setting (a dev server's, a
  // test runner's) would make it ship Vue's development build.
  /** @type {NodeJS.ProcessEnv} */
  const base = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  delete base.NODE_ENV
  // A larger young generation: a build makes a great many short-lived objects, and collects
  // them less often so.
  const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', exitWithParent, runner, request ?? '--wait'], {
    cwd,
    stdio: [request === undefined ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    env: { ...base, ...env },
  })
  return /** @type {Builder} */ (child)
}

/**
 * The builder for `request` (its JSON) in `cwd`, its stderr piped: the one started early when it
 * suits (same folder, no extra environment), handed the request on stdin; else a new one.
 * @param {{ cwd: string, env?: Record<string, string>, request: string }} options
 * @returns {Builder} The builder.
 */
export function startBuilder({ cwd, env, request }) {
  const early = warm
  warm = undefined
  if (early && early.cwd === cwd && env === undefined) {
    early.child.stdin?.end(`${request}\n`)
    return early.child
  }
  // Not taken: it ends once its stdin closes.
  early?.child.stdin?.end()
  return spawnBuilder(cwd, env ?? {}, request)
}

/** Starts a builder now, for the build this program will ask for (preloaded: tools/build/warmBuilder.mjs). */
export function startWarmBuilder() {
  warm = { child: spawnBuilder(process.cwd(), {}, undefined), cwd: process.cwd() }
}
