/**
 * A classroom server from a setup file, on loopback, for the integration tests and the bench:
 * `tsx scripts/classroom-serve.ts SETUP.json`. Prints one JSON line ({origin, token, …}) when it
 * listens; stops on SIGTERM/SIGINT. Instructors use `npm run present -- --lan`.
 */
import { readFileSync } from 'node:fs'
import { openClassSession } from '../tools/classroom/classSession'
import { newSecret } from '../tools/classroom/secrets'
import { startClassroomServer } from '../tools/classroom/server'
import { serverSetupSchema } from '../tools/classroom/serverSetup'

const file = process.argv[2]
if (file === undefined) {
  process.stderr.write('usage: tsx scripts/classroom-serve.ts SETUP.json\n')
  process.exit(2)
}
const setup = serverSetupSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
const session = await openClassSession({ logDir: setup.logDir, resume: setup.resume, questions: setup.questions, slideCount: setup.slides.length, now: new Date() })
const token = newSecret()
const server = await startClassroomServer({ host: setup.host, port: setup.port, sites: setup.sites, classroom: session.classroom, log: session.log, slides: setup.slides, token, identities: session.identities, limits: setup.limits })
process.stdout.write(`${JSON.stringify({ origin: server.origin, token, replayedAnswers: session.replayedAnswers, tornLine: session.tornLine })}\n`)

async function stop(): Promise<void> {
  await server.close()
  await session.log.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
