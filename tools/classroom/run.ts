/**
 * `npm run present -- --lan` (or `--host ADDRESS`): classroom mode. Picks the address, opens the
 * class session's log (new, or the latest with --resume), loads the lesson's plan and live
 * questions, serves, and prints the links.
 */
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { loadDeck } from '../../kit/deck/loadDeck'
import { loadLesson } from '../../kit/lesson/loadLesson'
import { lessonModulePath } from '../../kit/lesson/paths'
import { BuildUnavailableError, ensureBuild } from '../build/ensureBuild'
import { nearbyPort } from '../server/nearbyPort'
import { chooseLanAddress, noLanAddressMessage } from './address'
import { classroomLesson } from './buildPaths'
import { endClassSession, openClassSession } from './classSession'
import { lessonLiveQuestions, lessonRef, presenterPlan } from './presenterPlan'
import { publicSites } from './publicSites'
import { writeReportAtEnd } from './report/endOfClass'
import { newSecret } from './secrets'
import { classLimits, ClassroomServerError, DEFAULT_LIMITS, startClassroomServer } from './server'
import { classroomLinks, formatLinks } from './terminalLinks'
import { LOG_DIR } from './voteLog'

export interface ClassroomRunOptions {
  root: string
  /** The lesson's entry relative to the root; lesson 2's `slides.md` when not given. */
  entry?: string
  /** The address to bind; undefined: choose the LAN address. */
  host: string | undefined
  port: number
  resume: boolean
  /** Student identities per source address, and in all; undefined: the defaults. */
  perDevice?: number
  classSize?: number
  /** Build the public site even when it is current. */
  rebuild?: boolean
  /** Serve the last complete public site as it is, whatever changed since. */
  lastGood?: boolean
  /** The program's stop request: a build under way is abandoned, the last good site kept. */
  signal: AbortSignal
  /** Registers what must close however the program stops (tools/process/stopSignals.ts runs it). */
  onCleanup: (task: () => Promise<unknown>) => void
}

/** Where the server listens: the asked address, or the best LAN one; the asked port or the next free. */
async function listenAddress(options: ClassroomRunOptions): Promise<{ host: string, port: number, note?: string }> {
  let host = options.host
  let note: string | undefined
  if (host === undefined) {
    const choice = chooseLanAddress(networkInterfaces())
    if (!choice.chosen)
      throw new ClassroomServerError(noLanAddressMessage(choice))
    host = choice.chosen.address
    note = `Classroom network: ${choice.chosen.interface} ${host}${choice.others.length > 0 ? ` (others: ${choice.others.map(o => `${o.interface} ${o.address}`).join(', ')}; pick one with --host)` : ''}`
  }
  const nearby = await nearbyPort(options.port, host)
  return { host, port: nearby.port, note: [note, nearby.note].filter(Boolean).join('\n') || undefined }
}

/**
 * Never resolves: the process serves the class until it is stopped; the caller's stop handling
 * then closes the server and the log (`onCleanup`) and exits. Startup problems reject with a ClassroomServerError (or the lesson's own
 * error) before anything is served.
 */
export async function runClassroom(options: ClassroomRunOptions, print: (text: string) => void): Promise<never> {
  const { host, port, note } = await listenAddress(options)
  // Every file served in classroom mode comes from the public build: no notes, no answers.
  const { entry, lessonRoot } = classroomLesson(options.root, options.entry)
  await ensureBuild({ root: options.root, entry, flavour: 'public', rebuild: options.rebuild, lastGood: options.lastGood, signal: options.signal, onCleanup: options.onCleanup, log: print }).catch((error: unknown) => {
    throw error instanceof BuildUnavailableError ? new ClassroomServerError(error.message) : error
  })
  const lesson = await loadLesson(lessonModulePath(lessonRoot))
  const deck = await loadDeck(lessonRoot)
  const questions = lessonLiveQuestions(lesson)
  const slides = presenterPlan(deck, lesson.plan)
  const session = await openClassSession({ logDir: join(lessonRoot, LOG_DIR), resume: options.resume, questions, slides, lesson: lessonRef(lesson.course), now: new Date() })
  const token = newSecret()
  const limits = classLimits({ perDevice: options.perDevice, classSize: options.classSize })
  let origin = ''
  const server = await startClassroomServer({
    host,
    port,
    sites: publicSites(lessonRoot),
    classroom: session.classroom,
    log: session.log,
    slides,
    token,
    identities: session.identities,
    limits,
    onNewToken: (fresh) => {
      print(`\nA new presenter link was asked for on the remote; the old link no longer works (devices already in keep their session).\n`)
      print(formatLinks(classroomLinks(origin, fresh)))
    },
  })
  origin = server.origin
  if (note)
    print(note)
  print(options.resume
    ? `Continuing the class session in ${session.log.file}: ${session.replayedAnswers} answers read back${session.tornLine ? ' (a line cut short by a crash was dropped; it had not been acknowledged)' : ''}.`
    : `Answers are written to ${session.log.file}; the class report is written to exports/ when you stop.`)
  if (session.newKeyOnResume)
    print('The class log had no identity key beside it: phones that rejoin are issued new identities.')
  print(`Up to ${limits.classSize ?? DEFAULT_LIMITS.classSize} student devices (--class-size), ${limits.perDevice ?? DEFAULT_LIMITS.perDevice} per network address (--per-device; raise it where many phones share one address).`)
  print(`${questions.length} live questions. Press Ctrl+C to stop.\n`)
  print(formatLinks(classroomLinks(server.origin, token)))
  // The class ends with the server: the log's end, then the report from it.
  options.onCleanup(async () => {
    await server.close()
    await endClassSession(session, new Date())
    await writeReportAtEnd({ root: options.root, entry }, session.log.file, print)
  })
  return new Promise<never>(() => {})
}
