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
import { existsSync } from 'node:fs'
import process from 'node:process'
import { builtAt, isBuildCurrent } from '../tools/build/buildCache'
import { formatBuildTime } from '../tools/build/formatBuildTime'
import { BuildFailedError } from '../tools/build/slidevBuild'
import { buildDist, lessonDist } from '../tools/present/buildDist'
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
  options = parsePresentArgs(process.argv.slice(2))
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

if (!existsSync(options.entry))
  await fail(`no lesson at ${options.entry} (give its slides file with --entry)`, 2)
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

const { dist, hash } = lessonDist(root, options.entry)
const current = isBuildCurrent(dist, hash)
const lastGood = builtAt(dist)
if (options.lastGood) {
  if (!lastGood)
    await fail('there is no complete build in dist/ to serve; run npm run present to build one', 1)
  console.log(current ? 'The build in dist/ is up to date.' : `Serving the last good build (made ${formatBuildTime(lastGood!)}); the sources changed since.`)
}
else if (options.rebuild || !current) {
  console.log(options.rebuild ? 'Building the deck (--rebuild)…' : 'The sources changed since the last build: building the deck…')
  try {
    await buildDist(root, { entry: options.entry, signal: stop.signal, onCleanup: task => stop.cleanup.add(task) })
  }
  catch (error) {
    if (isInterrupted(error) || stop.signal.aborted)
      await stop.finish(1)
    const reason = error instanceof BuildFailedError ? error.message : String(error)
    const fallback = lastGood
      ? `The last good build (made ${formatBuildTime(lastGood)}) is still in dist/. To present it as it is, run:\n  npm run present -- --last-good`
      : 'There is no earlier build to fall back on.'
    await fail(`the build failed, so dist/ was not replaced:\n${reason.split('\n').map(line => `  ${line}`).join('\n')}\n${fallback}`, 1)
  }
}
else {
  console.log('The build in dist/ is up to date.')
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
