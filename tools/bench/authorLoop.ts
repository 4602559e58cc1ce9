import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { getPort } from 'get-port-please'
import { loadDeck } from '../../kit/deck/loadDeck'
import { loadLesson } from '../../kit/lesson/loadLesson'
import { lessonModulePath } from '../../kit/lesson/paths'
import { launchChromium } from '../browser/launch'
import { stopTree } from '../process/stopTree'
import { median, percentile, rotate } from './stats'

/** One side of the author's loop: a dev server, a slide to watch and an edit that toggles. */
interface LoopSide {
  name: string
  /** The deck's folder, the dev server's working directory. */
  dir: string
  /** Slide to keep open while editing, and the click it is on. */
  slide: number
  clicks: number
  /** The file the author edits, and the text toggled in it. */
  file: string
  before: string
  after: string
}

export interface AuthorLoopSide {
  name: string
  /** Milliseconds from the file's write to the new text on screen. */
  medianMs: number
  p90Ms: number
  runs: number[]
  /** Page loads the edits caused: 0 when the slide updated in place. */
  reloads: number
}

export interface AuthorLoopResults {
  date: string
  runsEach: number
  ours: AuthorLoopSide
  plain: AuthorLoopSide
  /** ours / plain, medians. */
  ratio: number
}

export interface AuthorLoopOptions {
  /** The project root: lesson 2 is copied from here, so the bench never edits the real data. */
  root: string
  /** A plain Slidev deck (slides.md of headings and points), made by the caller. */
  plainDir: string
  slidev: string
  browserPath: string
  runsEach: number
  progress: (line: string) => void
}

async function startDevServer(slidev: string, dir: string): Promise<{ url: string, child: ChildProcess }> {
  const port = await getPort({ host: '127.0.0.1', random: true })
  // Its own process group, so stopping it stops everything it started.
  const child = spawn(process.execPath, [slidev, '--port', String(port), '--bind', '127.0.0.1'], { cwd: dir, detached: true, stdio: 'ignore', windowsHide: true })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the dev server in ${dir} exited with ${child.exitCode}`)
    if (Date.now() > deadline)
      throw new Error(`the dev server in ${dir} did not answer within 120 s`)
    if (await fetch(url).then(response => response.ok, () => false))
      return { url, child }
    await new Promise(resolve => setTimeout(resolve, 250))
  }
}

async function textOnSlide(page: Page, slide: number, text: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ([no, wanted]) => document.querySelector(`.slidev-page-${no}`)?.textContent?.includes(wanted as string) ?? false,
    [slide, text] as const,
    { timeout: timeoutMs, polling: 20 },
  )
}

/**
 * The author's main loop, as they live it: `npm run dev` open on a slide, a sentence edited in
 * the editor, the new sentence on the slide. Ours edits a lesson's data file (a copy of lesson 2,
 * under lessons/, naming the kit as its addon); plain Slidev edits its slides.md. Both servers run at once and the edits
 * alternate, so the machine's drifts hit both sides alike.
 */
export async function runAuthorLoopBench(options: AuthorLoopOptions): Promise<AuthorLoopResults> {
  // Under lessons/, as a lesson is: the kit's Vite config (loaded as the addon's) keeps the dev
  // server's watcher out of bench/runs/, where the edits would go unseen.
  const copy = join(options.root, 'lessons', `.tmp-author-${process.pid}`)
  rmSync(copy, { recursive: true, force: true })
  mkdirSync(copy, { recursive: true })
  // course/ too: lesson 2's data imports the course's characters from beside it.
  for (const path of ['slides.md', 'slides', 'data', 'public', 'course'])
    cpSync(join(options.root, path), join(copy, path), { recursive: true })
  // Lesson 2 is the addon's own deck and names none; away from the root, it names the kit as every
  // other lesson does, or its components, setup and styles are not found.
  const deckFile = join(copy, 'slides.md')
  const deck = readFileSync(deckFile, 'utf8')
  if (!deck.includes('\ntheme: default\n'))
    throw new Error('author loop: slides.md has no "theme: default" line to name the addon after')
  writeFileSync(deckFile, deck.replace('\ntheme: default\n', '\ntheme: default\naddons:\n  - lesson-kit\n'))
  const dialogueFile = join(copy, 'data', 'dialogue.ts')
  // The second turn, on the first dialogue slide at its first click; the edit adds no new character.
  const lesson = await loadLesson(lessonModulePath(copy))
  const sentence = lesson.dialogue?.[1]?.text
  const slide = (await loadDeck(copy)).find(entry => entry.frontmatter.plan === 'dialogue-problem')?.no
  if (!sentence || !slide)
    throw new Error('author loop: lesson 2 has no second dialogue turn on a slide planned as dialogue-problem')
  const plainFile = join(options.plainDir, 'slides.md')
  const sides: LoopSide[] = [
    { name: 'ours: edit data/dialogue.ts', dir: copy, slide, clicks: 1, file: dialogueFile, before: sentence, after: `${sentence.slice(0, -1)}，容器集群。` },
    { name: 'plain: edit slides.md', dir: options.plainDir, slide: 3, clicks: 0, file: plainFile, before: 'First point of slide 3', after: 'Edited point of slide 3' },
  ]
  const browser: Browser = await launchChromium({ executablePath: options.browserPath })
  const servers: ChildProcess[] = []
  try {
    const pages = new Map<LoopSide, { page: Page, loads: number }>()
    for (const side of sides) {
      const { url, child } = await startDevServer(options.slidev, side.dir)
      servers.push(child)
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const state = { page, loads: 0 }
      await page.goto(`${url}/${side.slide}${side.clicks ? `?clicks=${side.clicks}` : ''}`)
      // Generous: the first visit compiles the deck on demand.
      options.progress(`bench: author loop, ${side.name}: waiting for slide ${side.slide} to show its text`)
      await textOnSlide(page, side.slide, side.before, 120_000)
      page.on('load', () => state.loads++)
      pages.set(side, state)
    }
    options.progress(`bench: author loop, ${options.runsEach} edits each`)
    const runs = new Map<LoopSide, number[]>(sides.map(side => [side, []]))
    // Each side's file is toggled there and back; a first, unmeasured round warms both servers.
    for (const [index, side] of [...sides, ...rotate(sides, options.runsEach)].entries()) {
      const { page } = pages.get(side)!
      const current = readFileSync(side.file, 'utf8')
      const [from, to] = current.includes(side.after) ? [side.after, side.before] : [side.before, side.after]
      const started = performance.now()
      writeFileSync(side.file, current.replace(from, to))
      await textOnSlide(page, side.slide, to, 60_000)
      const ms = performance.now() - started
      if (index >= sides.length) {
        runs.get(side)!.push(ms)
        options.progress(`  ${side.name}: ${Math.round(ms)} ms`)
      }
      // Let the server settle (the font check, UnoCSS) before the other side's edit.
      await new Promise(resolve => setTimeout(resolve, 1500))
    }
    const summary = (side: LoopSide): AuthorLoopSide => ({
      name: side.name,
      medianMs: median(runs.get(side)!),
      p90Ms: percentile(runs.get(side)!, 90),
      runs: runs.get(side)!.map(Math.round),
      reloads: pages.get(side)!.loads,
    })
    const [ours, plain] = sides.map(summary) as [AuthorLoopSide, AuthorLoopSide]
    return { date: new Date().toISOString(), runsEach: options.runsEach, ours, plain, ratio: ours.medianMs / plain.medianMs }
  }
  finally {
    await browser.close()
    servers.forEach(server => stopTree(server))
    rmSync(copy, { recursive: true, force: true })
  }
}

export function formatAuthorLoopTable(results: AuthorLoopResults): string {
  const row = (side: AuthorLoopSide) => `| ${side.name} | ${(side.medianMs / 1000).toFixed(2)} s | ${(side.p90Ms / 1000).toFixed(2)} s | ${side.reloads} |`
  return [
    '| author\'s loop: edit → new text on the open slide | median | p90 | page reloads |',
    '| --- | --- | --- | --- |',
    row(results.ours),
    row(results.plain),
    `| ratio (medians) | ${results.ratio.toFixed(2)} | | |`,
  ].join('\n')
}
