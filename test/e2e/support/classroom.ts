import type { ChildProcess } from 'node:child_process'
import type { ServerSetup } from '../../../tools/classroom/serverSetup'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { createInterface } from 'node:readline'
import { WebSocket } from 'ws'
import { lesson } from '../../../data'
import { loadDeck } from '../../../lib/deck/loadDeck'
import { ensureClassroomSite } from '../../../tools/classroom/buildClassroom'
import { lessonLiveQuestions, presenterPlan } from '../../../tools/classroom/presenterPlan'
import { publicSites } from '../../../tools/classroom/publicSites'
import { serverReadySchema } from '../../../tools/classroom/serverSetup'

export const root = resolve(import.meta.dirname, '../../..')

export interface RunningClassroom {
  origin: string
  token: string
  stop: () => Promise<void>
}

/**
 * Builds classroom mode's public site if its sources changed, and starts the classroom server
 * on 127.0.0.1 (a free port) in a child process, with a fresh class log in a temporary folder.
 */
export async function startClassroom(): Promise<RunningClassroom> {
  await ensureClassroomSite(root)
  const logDir = mkdtempSync(join(tmpdir(), 'classroom-e2e-'))
  const setup: ServerSetup = {
    host: '127.0.0.1',
    port: 0,
    logDir,
    resume: false,
    questions: lessonLiveQuestions(lesson),
    slides: presenterPlan(await loadDeck(root), lesson.plan),
    sites: publicSites(root),
    // Updates as they come: the chart test needs no wait.
    limits: { updateMs: 20 },
  }
  const setupFile = join(logDir, 'setup.json')
  writeFileSync(setupFile, JSON.stringify(setup))
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/classroom-serve.ts'), setupFile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const line = await new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', resolveLine)
    child.once('exit', code => reject(new Error(`the classroom server exited (${code}) before listening`)))
  })
  const ready = serverReadySchema.parse(JSON.parse(line))
  return {
    origin: ready.origin,
    token: ready.token,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise(r => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(logDir, { recursive: true, force: true })
    },
  }
}

/**
 * A presenter connection from the test itself (a real `ws` client holding the token), to put the
 * class on a slide without stepping through every click on screen.
 */
export async function presenterGo(classroom: RunningClassroom, slide: number, click = 0): Promise<void> {
  const socket = new WebSocket(`${classroom.origin.replace(/^http/, 'ws')}/ws`, { origin: classroom.origin })
  try {
    await new Promise<void>((resolveOpen, reject) => {
      socket.once('open', () => resolveOpen())
      socket.once('error', reject)
    })
    socket.send(JSON.stringify({ t: 'auth', token: classroom.token }))
    await new Promise<void>((resolveMoved, reject) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { t: string, slide?: number, code?: string }
        if (message.t === 'session')
          socket.send(JSON.stringify({ t: 'go', slide, click }))
        else if (message.t === 'position' && message.slide === slide)
          resolveMoved()
        else if (message.t === 'error')
          reject(new Error(`presenter refused: ${message.code}`))
      })
    })
  }
  finally {
    socket.close()
  }
}
