/**
 * Opens a class session: a new log, or the latest one continued (`--resume`), replayed into the
 * class state, and the key its student identities are signed with (beside the log, so phones
 * keep who they are across a restart). Shared by `npm run present -- --lan` and the server process the tests and the
 * bench start.
 */
import type { LiveQuestion } from '../../kit/classroom/protocol'
import type { ClassEvent } from './events'
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

export async function openClassSession(options: { logDir: string, resume: boolean, questions: readonly LiveQuestion[], slideCount: number, now: Date }): Promise<ClassSession> {
  const classroom = new Classroom(options.questions, options.slideCount)
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
  // The questions as served from now on: the lesson's current ones (answers to the same ids carry over).
  const questions: ClassEvent = { t: 'questions', at: options.now.getTime(), questions: [...options.questions] }
  classroom.apply(questions)
  await log.append(questions)
  const { key, created } = await loadIdentityKey(log.file)
  return { classroom, log, replayedAnswers, tornLine, identities: new StudentIdentities(key), newKeyOnResume: options.resume && created }
}
