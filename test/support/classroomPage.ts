import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocket } from 'ws'
import { ChildServer } from '../../tools/classroom/childServer'
import { ensurePublicSite, publicServerSetup } from '../../tools/classroom/publicSites'
import { classLimits } from '../../tools/classroom/server'
import { root } from './root'

export interface RunningClassroom {
  origin: string
  token: string
  stop: () => Promise<void>
}

/**
 * Builds classroom mode's public site of the lesson at `entry` (lesson 2 unless told) in the
 * project at `projectRoot` (this one unless told) if its sources changed, and starts the classroom
 * server on 127.0.0.1 (a free port) in a child process, with a fresh class log in a temporary folder.
 * `siteDir`: a copy of that site to serve instead (a test that replaces it under the class).
 */
export async function startClassroom(projectRoot = root, entry = 'slides.md', siteDir?: string): Promise<RunningClassroom> {
  await ensurePublicSite(projectRoot, entry)
  const logDir = mkdtempSync(join(tmpdir(), 'classroom-e2e-'))
  // Live counts as they come: the chart test has nothing to wait for. Every page of these tests
  // comes from 127.0.0.1, like a room of phones behind one NAT: the instructor's --per-device for that.
  const server = await ChildServer.start(projectRoot, await publicServerSetup(projectRoot, logDir, { updateMs: 20, ...classLimits({ perDevice: 100 }) }, entry, siteDir))
  return {
    origin: server.ready.origin,
    token: server.ready.token,
    stop: async () => {
      await server.stop()
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
