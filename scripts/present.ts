/**
 * `npm run present`: serves the built deck (dist/) for the classroom, building it first only when
 * its sources changed since the last build, and prints the audience and presenter addresses.
 * Options: --port N (default 3030; busy → the next free one), --rebuild, --entry
 * lessons/x/slides.md (another lesson of the project: its build goes to dist/ beside it).
 * Classroom mode (tools/classroom/run.ts): --lan binds the LAN address, --host ADDRESS a given one;
 * --resume continues the latest class session.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { hashBuildInputs, isBuildCurrent, lessonBuildInputs, writeBuildStamp } from '../tools/build/buildInputs'
import { runClassroom } from '../tools/classroom/run'
import { ClassroomServerError } from '../tools/classroom/server'
import { VoteLogError } from '../tools/classroom/voteLog'
import { listenNearby } from '../tools/present/listen'
import { isClassroomMode, parsePresentArgs, PRESENT_USAGE, presentUrls, PresentUsageError } from '../tools/present/options'
import { StaticServerError } from '../tools/server/staticServer'

const root = process.cwd()

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

const entry = resolve(root, options.entry)
if (!existsSync(entry))
  fail(`no lesson at ${options.entry} (give its slides file with --entry)`, 2)
// A lesson is the entry's folder; Slidev builds it into dist/ there.
const lessonRoot = dirname(entry)
const dist = join(lessonRoot, 'dist')
const hash = hashBuildInputs(root, { inputs: [...lessonBuildInputs(root, lessonRoot), options.entry] })

if (options.rebuild || !isBuildCurrent(dist, hash)) {
  console.log(options.rebuild ? 'Building the deck (--rebuild)…' : 'The sources changed since the last build: building the deck…')
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const build = spawnSync(process.execPath, [slidev, 'build', entry], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0)
    fail(`the build failed (exit ${build.status ?? build.signal}); nothing is served`, 1)
  // Hashed before the build, so an edit made during it leaves the build stale. The root lesson's
  // build also stamps itself (tools/present/buildStampPlugin.ts, for `npm run build`); another
  // lesson's has no config of the project's to do so.
  writeBuildStamp(dist, hash)
}
else {
  console.log('The build in dist/ is up to date.')
}

if (isClassroomMode(options)) {
  // Serves until Ctrl+C (never resolves), so the local server below does not start.
  await runClassroom({ root, host: options.host, port: options.port, resume: options.resume, rebuild: options.rebuild }, console.log).catch((error: unknown) => {
    if (error instanceof ClassroomServerError || error instanceof VoteLogError)
      fail(error.message, 1)
    throw error
  })
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
