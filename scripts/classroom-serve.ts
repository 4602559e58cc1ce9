/**
 * A classroom server from a setup file, on loopback, for the integration tests and the bench:
 * `tsx scripts/classroom-serve.ts SETUP.json`. Prints one JSON line ({origin, token, …}) when it
 * listens; stops on SIGTERM/SIGINT. Instructors use `npm run present -- --lan`.
 */
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { endClassSession, openClassSession } from '../tools/classroom/classSession'
import { newSecret } from '../tools/classroom/secrets'
import { startClassroomServer } from '../tools/classroom/server'
import { serverSetupSchema } from '../tools/classroom/serverSetup'
import { handleStopSignals } from '../tools/process/stopSignals'

const file = process.argv[2]
if (file === undefined) {
  process.stderr.write('usage: tsx scripts/classroom-serve.ts SETUP.json\n')
  process.exit(2)
}
const stop = handleStopSignals({ message: reason => `classroom-serve: ${reason}, stopping` })
const setup = serverSetupSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
const session = await openClassSession({ logDir: setup.logDir, resume: setup.resume, questions: setup.questions, slides: setup.slides, lesson: setup.lesson, now: new Date() })
const token = newSecret()
stop.cleanup.add(() => endClassSession(session, new Date()))
const server = await startClassroomServer({ host: setup.host, port: setup.port, sites: setup.sites, classroom: session.classroom, log: session.log, slides: setup.slides, token, identities: session.identities, limits: setup.limits })
// Added last, run first: the server stops taking answers before the log closes.
stop.cleanup.add(() => server.close())
process.stdout.write(`${JSON.stringify({ origin: server.origin, token, replayedAnswers: session.replayedAnswers, tornLine: session.tornLine })}\n`)
