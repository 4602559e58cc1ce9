import type { ChildProcess } from 'node:child_process'
import type { Phase } from '../../tools/process/phase'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finished, runExport, startExport } from '../support/exportRun'
import { descendantsOf, groupMembers, leftAfterExit, waitForOutput } from '../support/processes'
import { root } from '../support/root'

const work = mkdtempSync(join(tmpdir(), 'export-interrupt-'))
const NAMES = ['handout.pdf', 'slides.pdf', 'speaker-notes.pdf']
const cacheRoot = join(root, 'node_modules', '.cache', 'deck-export')

/** An output folder holding PDFs from an earlier export, with known bytes. */
function folderWithOldPdfs(name: string): string {
  const dir = join(work, name)
  mkdirSync(dir)
  for (const file of NAMES)
    writeFileSync(join(dir, file), `old ${file} ${name}`)
  return dir
}

function expectOldPdfsKept(dir: string, name: string): void {
  expect(readdirSync(dir).sort(), 'no temporary file is left').toEqual(NAMES)
  for (const file of NAMES)
    expect(readFileSync(join(dir, file), 'utf8')).toBe(`old ${file} ${name}`)
}

/**
 * Half-built print sites (`.print-site-….<pid>.<hex>.tmp`) the export with this process id left
 * in the shared build cache; other tests may be building other lessons' print sites there now.
 */
function unfinishedBuilds(pid: number): string[] {
  try {
    return readdirSync(cacheRoot).filter(name => name.includes(`.${pid}.`) && (name.endsWith('.tmp') || name.endsWith('.old')))
  }
  catch {
    return []
  }
}

beforeAll(async () => {
  // Warm: a current build to print from (the site made before the suite), Chromium's first start
  // behind it, so that every phase after the build is reached without building.
  const warm = await runExport(['--only', 'slides', '--out', join(work, 'warm')])
  expect(warm.code, warm.stderr).toBe(0)
}, 240_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * Holds the export at `phase` (the test seam), then sends it a real signal: the program's own
 * handler does the rest, as it would for a person's Ctrl-C.
 */
async function interruptAt(phase: Phase, signal: 'SIGINT' | 'SIGTERM', cwd = root): Promise<void> {
  const name = `${phase.replace(/\W/g, '-')}-${signal}`
  const dir = folderWithOldPdfs(name)
  const child = startExport(['--out', dir], { DECK_TEST_PAUSE_AT: phase }, cwd)
  const done = finished(child)
  await waitForOutput(child, `paused at ${phase}`)
  const started = descendantsOf(child.pid!)
  process.kill(child.pid!, signal)
  const result = await done
  expect(result.code, result.stderr).toBe(signal === 'SIGINT' ? 130 : 143)
  expect(result.stderr).toContain('stopping; previous PDFs are kept')
  expect(result.stdout).not.toContain('wrote ')
  expectOldPdfsKept(dir, name)
  expect(unfinishedBuilds(child.pid!)).toEqual([])
  expect(await leftAfterExit(started), 'processes the export started').toEqual([])
}

describe('npm run export, stopped at each phase by a real signal', () => {
  // A stop while the deck builds is tested once, for every build, in test/build/present.test.ts.
  it.each([
    ['browser-starting', 'SIGTERM'],
    ['rendering:handout.pdf', 'SIGINT'],
    ['composing', 'SIGTERM'],
    ['committing', 'SIGINT'],
  ] as const)('at %s (%s): old PDFs kept, nothing left behind', async (phase, signal) => {
    await interruptAt(phase, signal)
  }, 120_000)
})

describe('npm run export, stopped through npm', () => {
  /** `npm run export` in a process group of its own, as a terminal starts it, held while rendering. */
  async function npmExport(name: string): Promise<{ npm: ChildProcess, dir: string, done: ReturnType<typeof finished> }> {
    const dir = folderWithOldPdfs(name)
    const npm = spawn('npm', ['run', 'export', '--', '--out', dir], {
      cwd: root,
      detached: true,
      env: { ...process.env, DECK_TEST_PAUSE_AT: 'rendering:slides.pdf' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const done = finished(npm)
    await waitForOutput(npm, 'paused at rendering:slides.pdf')
    return { npm, dir, done }
  }

  it('Ctrl-C to the whole process group (as a terminal sends it)', async () => {
    const { npm, dir, done } = await npmExport('npm-group')
    const started = [...groupMembers(npm.pid!), ...descendantsOf(npm.pid!)]
    process.kill(-npm.pid!, 'SIGINT')
    // The status the terminal shows. npm passes the program's 130 on, or, when /bin/sh stayed
    // between them (dash does not exec the command), ends itself by SIGINT as the shell did.
    expect((await done).status).toBe(130)
    expectOldPdfsKept(dir, 'npm-group')
    expect(await leftAfterExit(started)).toEqual([])
    expect(groupMembers(npm.pid!)).toEqual([])
  }, 120_000)

  it('kill <npm pid>', async () => {
    const { npm, dir, done } = await npmExport('npm-pid')
    const started = descendantsOf(npm.pid!)
    process.kill(npm.pid!, 'SIGTERM')
    // npm passes SIGTERM to its child: the program itself, or dash's `sh -c`, whose end the
    // program notices as its parent gone. `done` waits for the program: it holds npm's pipes.
    expect((await done).status).toBe(143)
    expectOldPdfsKept(dir, 'npm-pid')
    expect(await leftAfterExit(started)).toEqual([])
  }, 120_000)
})
