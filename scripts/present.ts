/**
 * `npm run present`: serves the built deck (dist/) for the classroom, building it first only when
 * its sources changed since the last build, and prints the audience and presenter addresses.
 * Options: --port N (default 3030; busy → the next free one), --rebuild, --last-good, --entry
 * lessons/x/slides.md (another lesson of the project: its build goes to dist/ beside it).
 * Classroom mode (tools/classroom/run.ts): --lan binds the LAN address, --host ADDRESS a given one;
 * --resume continues the latest class session; --per-device N and --class-size N limit student identities.
 * Exit codes: 1 the build failed (dist/ is kept) or nothing to serve, 2 bad options,
 * 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP or because the parent process went away.
 */
import process from 'node:process'
import { BuildUnavailableError, ensureBuild } from '../tools/build/ensureBuild'
import { lessonEntry } from '../tools/cli/lessonEntry'
import { isClassroomMode, parsePresentArgs, PRESENT_USAGE, presentUrls, PresentUsageError } from '../tools/present/options'
import { handleStopSignals, isInterrupted } from '../tools/process/stopSignals'
import { nearbyPort } from '../tools/server/nearbyPort'
import { startStaticServer, StaticServerError } from '../tools/server/staticServer'

// Classroom mode writes the class report as it stops (its PDF takes Chromium a few seconds).
const stop = handleStopSignals({ message: signal => `present: ${signal}, stopping`, graceMs: 20_000 })
const root = process.cwd()

async function fail(message: string, code: number): Promise<never> {
  process.stderr.write(`present: ${message}\n`)
  return stop.finish(code)
}

let options
try {
  options = parsePresentArgs(process.argv.slice(2), given => lessonEntry(root, given))
}
catch (error) {
  if (error instanceof PresentUsageError)
    await fail(error.message, 2)
  throw error
}
if (options.help) {
  console.log(PRESENT_USAGE)
  await stop.finish(0)
}

if (isClassroomMode(options)) {
  // Classroom mode serves only its public build (no notes, no answers), never dist/; it serves
  // until stopped (never resolves), so nothing below runs.
  // Loaded only here: the classroom's builders and server (Vite, Playwright, ws) take seconds to
  // import, which the local presenter should not wait for.
  const [{ runClassroom }, { ClassroomServerError }, { VoteLogError }] = await Promise.all([import('../tools/classroom/run'), import('../tools/classroom/server'), import('../tools/classroom/voteLog')])
  await runClassroom({ root, entry: options.entry, host: options.host, port: options.port, resume: options.resume, perDevice: options.perDevice, classSize: options.classSize, rebuild: options.rebuild, lastGood: options.lastGood, signal: stop.signal, onCleanup: task => stop.cleanup.add(task) }, console.log).catch(async (error: unknown) => {
    if (error instanceof ClassroomServerError || error instanceof VoteLogError)
      await fail(error.message, 1)
    throw error
  })
}

let dist: string
try {
  ({ dir: dist } = await ensureBuild({ root, entry: options.entry, flavour: 'site', rebuild: options.rebuild, lastGood: options.lastGood, signal: stop.signal, onCleanup: task => stop.cleanup.add(task), log: console.log }))
}
catch (error) {
  if (isInterrupted(error) || stop.signal.aborted)
    await stop.finish(1)
  if (error instanceof BuildUnavailableError)
    await fail(error.message, 1)
  throw error
}

try {
  const { port, note } = await nearbyPort(options.port, '127.0.0.1')
  const server = await startStaticServer(dist, port)
  stop.cleanup.add(() => server.close())
  if (note)
    console.log(note)
  const urls = presentUrls(server.url)
  console.log(`Audience (projector): ${urls.audience}`)
  console.log(`Presenter (your screen): ${urls.presenter}`)
  console.log('Press Ctrl+C to stop.')
}
catch (error) {
  if (error instanceof StaticServerError)
    await fail(error.message, 1)
  throw error
}
