import type { Font } from 'fontkit'
import type { Buffer } from 'node:buffer'
import type { Served } from '../support/present'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { create } from 'fontkit'
import { afterAll, describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { NOTO_SANS_SC } from '../../kit/vite/fonts/notoSansSc'
import { readSources } from '../../kit/vite/fonts/readSources'
import { finished } from '../support/exportRun'
import { copyProject } from '../support/fixtureProject'
import { present } from '../support/present'
import { descendantsOf, leftAfterExit, waitForOutput } from '../support/processes'
import { root } from '../support/root'

const project = copyProject('present-')
// A character no font source of the deck uses, which Noto Sans SC has: 龘 (U+9F98).
const RARE = '龘'

/** Every present this file started, stopped after each test. */
const running: Served[] = []

/** `npm run present -- ARGS` in the copy. */
async function presentCopy(args: string[]): Promise<Served> {
  const served = await present(args, project.dir)
  running.push(served)
  return served
}

/** Classroom mode on 127.0.0.1 in the copy. */
function presentClassroom(args: string[]): Promise<Served> {
  return presentCopy(['--host', '127.0.0.1', '--port', '0', ...args])
}

function openFont(file: string): Font {
  const font = create(readFileSync(file))
  if (!('hasGlyphForCodePoint' in font))
    throw new Error(`${file} is a font collection`)
  return font
}

async function stopAll(): Promise<void> {
  for (const served of running.splice(0))
    await served.stop()
}

afterAll(async () => {
  await stopAll()
  project.remove()
})

describe('npm run present', () => {
  it('builds a fresh checkout first, then serves the deck and the presenter view', async () => {
    const served = await presentCopy(['--port', '0'])
    expect(served.output).toContain('building')
    for (const url of [served.audience, served.presenter!]) {
      const response = await fetch(url)
      expect(response.status, url).toBe(200)
      expect(await response.text()).toContain(lesson.course.lessonTitle)
    }
    expect(served.presenter).toMatch(/\/presenter\/1$/)
    await stopAll()
  }, 240_000)

  it('serves at once, without building, when nothing changed since the last build', async () => {
    const served = await presentCopy(['--port', '0'])
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
      const served = await presentCopy(['--port', String(busy)])
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
    writeFileSync(file, readFileSync(file, 'utf8').replace(lesson.course.lessonTitle, `${lesson.course.lessonTitle}${RARE}`))
    const served = await presentCopy(['--port', '0'])
    expect(served.output).toContain('building')
    expect(await (await fetch(served.audience)).text()).toContain(`${lesson.course.lessonTitle}${RARE}`)
    await stopAll()
  }, 240_000)

  describe('the rebuilt deck\'s font', () => {
    const assets = (): string => join(project.dir, 'dist', 'assets')
    const css = (): string => readdirSync(assets()).filter(name => name.endsWith('.css')).map(name => readFileSync(join(assets(), name), 'utf8')).join('\n')

    it('started from a character no font source of the deck uses and the full font has', () => {
      expect(Object.values(readSources({ addonRoot: root, lessonRoot: root })).join('')).not.toContain(RARE)
      expect(openFont(NOTO_SANS_SC.weights[0]!.path).hasGlyphForCodePoint(RARE.codePointAt(0)!)).toBe(true)
    })

    it('has the glyph of the character added to data/, in regular and bold', () => {
      const files = readdirSync(assets()).filter(name => /^noto-sans-sc-.*\.woff2$/.test(name))
      for (const weight of [400, 700]) {
        const holding = files
          .filter(name => name.startsWith(`noto-sans-sc-${weight}-`))
          .filter(name => openFont(join(assets(), name)).hasGlyphForCodePoint(RARE.codePointAt(0)!))
        expect(holding, `weight ${weight}`).toHaveLength(1)
      }
      expect(css()).toMatch(new RegExp(`unicode-range:[^;}]*U\\+${RARE.codePointAt(0)!.toString(16).toUpperCase()}[,;}]`, 'i'))
    })

    it('ships Noto Sans SC as a handful of woff2 files and @font-face rules, far from the full font', () => {
      const noto = readdirSync(assets()).filter(name => /noto-sans-sc/i.test(name))
      expect(noto.length).toBeGreaterThan(1)
      expect(noto.filter(name => !name.endsWith('.woff2'))).toEqual([])
      const rules = css().match(/@font-face\s*\{[^}]*Noto Sans SC[^}]*\}/g) ?? []
      expect(rules).toHaveLength(noto.length)
      expect(rules.length).toBeLessThanOrEqual(8)
      const glyphs = noto.reduce((sum, name) => sum + openFont(join(assets(), name)).numGlyphs, 0)
      expect(glyphs).toBeLessThan(openFont(NOTO_SANS_SC.weights[0]!.path).numGlyphs / 10)
    })
  })

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
      expect(failed.stderr).toContain(join(project.dir, 'components', 'LessonCover.vue'))
      // The compiler's own words, without a stack trace.
      expect(failed.stderr).toContain('Element is missing end tag')
      expect(failed.stderr).not.toMatch(/\n\s+at /)
      expect(failed.stderr).toContain('npm run present -- --last-good')
      expect(failed.stdout).not.toContain('Audience')
      expect(readFileSync(join(project.dir, 'dist', 'index.html'))).toEqual(served)
      expect(readdirSync(project.dir).filter(name => name.startsWith('.dist.'))).toEqual([])

      const lastGood = await presentCopy(['--port', '0', '--last-good'])
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

  it('in classroom mode builds only the public site, and after an edit serves it as it is with --last-good', async () => {
    rmSync(join(project.dir, 'dist'), { recursive: true, force: true })
    const site = join(project.dir, 'dist-public')
    const first = await presentClassroom([])
    expect(first.output).toContain('Building the public deck')
    expect(await (await fetch(first.audience)).text()).toContain(lesson.course.lessonTitle)
    await stopAll()
    // The projector's deck is the public build: present did not build dist/ as well.
    expect(existsSync(join(project.dir, 'dist'))).toBe(false)
    const joinPage = readFileSync(join(site, 'join', 'index.html'))

    // The sources change; --last-good serves the site as it is, and builds nothing.
    const file = join(project.dir, 'data', 'course.ts')
    writeFileSync(file, readFileSync(file, 'utf8').replace(lesson.course.lessonTitle, `${lesson.course.lessonTitle}！`))
    const lastGood = await presentClassroom(['--last-good'])
    expect(lastGood.output).toContain('Serving the last good classroom build')
    expect(lastGood.output).not.toContain('Building the public deck')
    expect(await (await fetch(lastGood.audience)).text()).not.toContain(`${lesson.course.lessonTitle}！`)
    expect(readFileSync(join(site, 'join', 'index.html'))).toEqual(joinPage)
    await stopAll()
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
