/**
 * Opens a class session: a new log, or the latest one continued (`--resume`), replayed into the
 * class state, and the key its student identities are signed with (beside the log, so phones
 * keep who they are across a restart). Shared by `npm run present -- --lan` and the server process the tests and the
 * bench start.
 */
import type { LiveQuestion } from '../../kit/classroom/protocol'
import type { ClassEvent, LessonRef, PlannedSlide } from './events'
import { Classroom } from './classroom'
import { loadIdentityKey, StudentIdentities } from './studentIdentity'
import { VoteLog } from './voteLog'

export interface ClassSession {
  classroom: Classroom
  log: VoteLog
  /** Answers read back from the log (0 for a new session). */
  replayedAnswers: number
  /** True when the log ended in a line cut short by a crash (dropped: it was never acknowledged). */
  tornLine: boolean
  identities: StudentIdentities
  /** True when a resumed session had no identity key: its phones are issued new identities. */
  newKeyOnResume: boolean
}

export interface ClassSessionOptions {
  logDir: string
  resume: boolean
  questions: readonly LiveQuestion[]
  /** Each slide's plan (number, title, minutes), recorded for the class report. */
  slides: readonly PlannedSlide[]
  /** The lesson presented; absent for a test setup that has none. */
  lesson?: LessonRef
  now: Date
}

export async function openClassSession(options: ClassSessionOptions): Promise<ClassSession> {
  const slideCount = options.slides.length
  const classroom = new Classroom(options.questions, slideCount)
  let replayedAnswers = 0
  let tornLine = false
  let log: VoteLog
  if (options.resume) {
    const resumed = await VoteLog.resume(options.logDir)
    log = resumed.log
    tornLine = resumed.torn
    for (const event of resumed.events) {
      if (classroom.apply(event) && event.t === 'answer')
        replayedAnswers++
    }
  }
  else {
    log = await VoteLog.create(options.logDir, options.now)
  }
  const start: ClassEvent = { t: 'start', at: options.now.getTime(), resumed: options.resume, ...(options.lesson ? { lesson: options.lesson } : {}), slides: options.slides.map(({ slide, title, minutes }) => ({ slide, ...(title === undefined ? {} : { title }), minutes })) }
  await log.append(start)
  // The questions as served from now on: the lesson's current ones (answers to the same ids carry over).
  const questions: ClassEvent = { t: 'questions', at: options.now.getTime(), questions: [...options.questions] }
  classroom.apply(questions)
  await log.append(questions)
  // A key that cannot be read stops the class before it starts: the log is closed, not left open.
  const { key, created } = await loadIdentityKey(log.file).catch(async (error: unknown) => {
    await log.close()
    throw error
  })
  return { classroom, log, replayedAnswers, tornLine, identities: new StudentIdentities(key), newKeyOnResume: options.resume && created }
}

/** Ends the session cleanly: the `end` event (the report's end of the last slide), then the log closed. */
export async function endClassSession(session: ClassSession, now: Date): Promise<void> {
  await session.log.append({ t: 'end', at: now.getTime() })
  await session.log.close()
}
