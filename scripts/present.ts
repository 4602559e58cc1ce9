/**
 * `npm run present`: serves the built deck (dist/) for the classroom, building it first only when
 * its sources changed since the last build, and prints the audience and presenter addresses.
 * Options: --port N (default 3030; busy → the next free one), --rebuild.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import { hashBuildInputs, isBuildCurrent } from '../tools/build/buildInputs'
import { listenNearby } from '../tools/present/listen'
import { parsePresentArgs, PRESENT_USAGE, presentUrls, PresentUsageError } from '../tools/present/options'
import { StaticServerError } from '../tools/server/staticServer'

const root = process.cwd()
const dist = join(root, 'dist')

function fail(message: string, code: number): never {
  process.stderr.write(`present: ${message}\n`)
  process.exit(code)
}

let options
try {
  options = parsePresentArgs(process.argv.slice(2))
}
catch (error) {
  if (error instanceof PresentUsageError)
    fail(error.message, 2)
  throw error
}
if (options.help) {
  console.log(PRESENT_USAGE)
  process.exit(0)
}

if (options.rebuild || !isBuildCurrent(dist, hashBuildInputs(root))) {
  console.log(options.rebuild ? 'Building the deck (--rebuild)…' : 'The sources changed since the last build: building the deck…')
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  // The build records what it was built from (lib/present/buildStampPlugin.ts).
  const build = spawnSync(process.execPath, [slidev, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0)
    fail(`the build failed (exit ${build.status ?? build.signal}); nothing is served`, 1)
}
else {
  console.log('The build in dist/ is up to date.')
}

try {
  const { server, busyPort } = await listenNearby(dist, options.port)
  if (busyPort !== undefined)
    console.log(`Port ${busyPort} is busy; using ${server.port} instead.`)
  const urls = presentUrls(server.url)
  console.log(`Audience (projector): ${urls.audience}`)
  console.log(`Presenter (your screen): ${urls.presenter}`)
  console.log('Press Ctrl+C to stop.')
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
catch (error) {
  if (error instanceof StaticServerError)
    fail(error.message, 1)
  throw error
}
