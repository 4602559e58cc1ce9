import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { finished } from '../support/exportRun'
import { copyProject } from '../support/fixtureProject'
import { descendantsOf, leftAfterExit, waitForOutput } from '../support/processes'

const project = copyProject('present-')
const running: ChildProcess[] = []

interface Served {
  output: string
  audience: string
  presenter: string
}

/** Starts `npm run present` (without npm's own lines) in the copy and waits for its addresses. */
async function present(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', ...args], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const audience = /Audience[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
      const presenter = /Presenter[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
      if (audience && presenter)
        resolve({ output, audience, presenter })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', code => reject(new Error(`present exited with ${code}:\n${output}`)))
  })
}

/** Starts classroom mode on 127.0.0.1 in the copy and waits for the projector's address. */
async function presentClassroom(args: string[]): Promise<{ output: string, projector: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--host', '127.0.0.1', '--port', '0', ...args], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const projector = /PROJECTOR[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
      if (projector)
        resolve({ output, projector })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', code => reject(new Error(`present exited with ${code}:\n${output}`)))
  })
}

async function stopAll(): Promise<void> {
  for (const child of running.splice(0)) {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await once(child, 'exit')
    }
  }
}

afterAll(async () => {
  await stopAll()
  project.remove()
})

describe('npm run present', () => {
  it('builds a fresh checkout first, then serves the deck and the presenter view', async () => {
    const served = await present(['--port', '0'])
    expect(served.output).toContain('building')
    for (const url of [served.audience, served.presenter]) {
      const response = await fetch(url)
      expect(response.status, url).toBe(200)
      expect(await response.text()).toContain(lesson.course.lessonTitle)
    }
    expect(served.presenter).toMatch(/\/presenter\/1$/)
    await stopAll()
  }, 240_000)

  it('serves at once, without building, when nothing changed since the last build', async () => {
    const served = await present(['--port', '0'])
    expect(served.output).toContain('up to date')
    expect(served.output).not.toContain('building')
    await stopAll()
  }, 60_000)

  it('takes the next free port when the one asked for is busy, and says so', async () => {
    const blocker = createServer()
    blocker.listen(0, '127.0.0.1')
    await once(blocker, 'listening')
    const busy = (blocker.address() as { port: number }).port
    try {
      const served = await present(['--port', String(busy)])
      expect(served.output).toContain(`Port ${busy} is busy`)
      const port = Number(new URL(served.audience).port)
      expect(port).not.toBe(busy)
      expect((await fetch(served.audience)).status).toBe(200)
    }
    finally {
      await stopAll()
      blocker.close()
    }
  }, 60_000)

  it('builds again after a change under data/', async () => {
    const file = join(project.dir, 'data', 'course.ts')
    writeFileSync(file, readFileSync(file, 'utf8').replace(lesson.course.lessonTitle, `${lesson.course.lessonTitle}？`))
    const served = await present(['--port', '0'])
    expect(served.output).toContain('building')
    expect(await (await fetch(served.audience)).text()).toContain(`${lesson.course.lessonTitle}？`)
    await stopAll()
  }, 240_000)

  it('after a failed build keeps the last good deck, says so, and serves it with --last-good', async () => {
    const cover = join(project.dir, 'components', 'LessonCover.vue')
    const good = readFileSync(cover, 'utf8')
    const served = readFileSync(join(project.dir, 'dist', 'index.html'))
    writeFileSync(cover, '<template><div></template>\n')
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--port', '0'], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] })
      const failed = await finished(child)
      expect(failed.code).toBe(1)
      expect(failed.stderr).toContain('the build failed, so dist/ was not replaced')
      expect(failed.stderr).toContain('LessonCover.vue')
      expect(failed.stderr).toContain('npm run present -- --last-good')
      expect(failed.stdout).not.toContain('Audience')
      expect(readFileSync(join(project.dir, 'dist', 'index.html'))).toEqual(served)
      expect(readdirSync(project.dir).filter(name => name.startsWith('.dist.'))).toEqual([])

      const lastGood = await present(['--port', '0', '--last-good'])
      expect(lastGood.output).toContain('Serving the last good build')
      expect(await (await fetch(lastGood.audience)).text()).toContain(lesson.course.lessonTitle)
      await stopAll()
    }
    finally {
      writeFileSync(cover, good)
    }
  }, 240_000)

  it('stops a build on SIGTERM, keeps dist/ and leaves no process behind', async () => {
    const served = readFileSync(join(project.dir, 'dist', 'index.html'))
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--port', '0', '--rebuild'], {
      cwd: project.dir,
      env: { ...process.env, DECK_TEST_PAUSE_AT: 'building' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const done = finished(child)
    await waitForOutput(child, 'paused at building')
    const started = descendantsOf(child.pid!)
    expect(started.length).toBeGreaterThan(0)
    child.kill('SIGTERM')
    const result = await done
    expect(result.code).toBe(143)
    expect(result.stdout).not.toContain('Audience')
    expect(readFileSync(join(project.dir, 'dist', 'index.html'))).toEqual(served)
    expect(readdirSync(project.dir).filter(name => name.startsWith('.dist.'))).toEqual([])
    expect(await leftAfterExit(started)).toEqual([])
  }, 120_000)

  it('stops serving when the npm process that started it is killed outright', async () => {
    const npm = spawn('npm', ['run', 'present', '--', '--port', '0'], { cwd: project.dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    await waitForOutput(npm, 'Audience')
    const node = descendantsOf(npm.pid!)
    expect(node.length).toBeGreaterThan(0)
    // SIGKILL: npm cannot pass anything on; present must notice its parent is gone.
    process.kill(npm.pid!, 'SIGKILL')
    expect(await leftAfterExit(node)).toEqual([])
  }, 120_000)

  it('in classroom mode builds only the public site, keeps it when a build fails, and serves it with --last-good', async () => {
    rmSync(join(project.dir, 'dist'), { recursive: true, force: true })
    const site = join(project.dir, 'dist-public')
    const first = await presentClassroom([])
    expect(first.output).toContain('Building the public deck')
    expect(await (await fetch(first.projector)).text()).toContain(lesson.course.lessonTitle)
    await stopAll()
    // The projector's deck is the public build: present did not build dist/ as well.
    expect(existsSync(join(project.dir, 'dist'))).toBe(false)
    const joinPage = readFileSync(join(site, 'join', 'index.html'))

    const cover = join(project.dir, 'components', 'LessonCover.vue')
    const good = readFileSync(cover, 'utf8')
    writeFileSync(cover, '<template><div></template>\n')
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--host', '127.0.0.1', '--port', '0'], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] })
      const failed = await finished(child)
      expect(failed.code).toBe(1)
      expect(failed.stderr).toContain('the classroom build failed, so nothing new is served')
      expect(failed.stderr).toContain('LessonCover.vue')
      expect(failed.stderr).toContain('npm run present -- --lan --last-good')
      expect(failed.stdout).not.toContain('PROJECTOR')
      expect(readFileSync(join(site, 'join', 'index.html'))).toEqual(joinPage)
      expect(readdirSync(project.dir).filter(name => name.startsWith('.dist-public.'))).toEqual([])

      const lastGood = await presentClassroom(['--last-good'])
      expect(lastGood.output).toContain('Serving the last good classroom build')
      expect(await (await fetch(lastGood.projector)).text()).toContain(lesson.course.lessonTitle)
      await stopAll()
    }
    finally {
      writeFileSync(cover, good)
    }
  }, 300_000)

  it('rejects an unknown flag with one line and exit code 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--prot', '80'], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const [code] = await once(child, 'exit') as [number]
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('--prot')])
  }, 30_000)
})
