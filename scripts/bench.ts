/**
 * `npm run bench`: this project's export (three PDFs) against plain `slidev export` (slides
 * only) of a generated deck with as many slides, same Slidev, same Chromium, runs alternating.
 * Our export is measured twice over: with the deck unchanged since the last export (its print
 * build is reused) and right after an edit (it builds first; the cached build is removed before
 * each such run, outside the timing).
 * Then the classroom figures (issue 5): this deck's build, dist/, bytes to show slide 1 and
 * `npm run present`'s wait, against a plain Slidev deck of the same slides with @fontsource's
 * Noto Sans SC (lib/bench/classroom.ts).
 * Then the live classroom (issues 12 and 20, tools/classroom/liveBench.ts): 1,000 simulated
 * students, each from its own loopback address, following clicks and answering, against a server
 * with present --lan's default limits, and a kill -9 of the server mid-burst.
 * Then the bytes a phone downloads from /join to show the first slide (tools/classroom/phoneBench.ts).
 * Then the time from a stop signal (SIGINT) to the export's exit, held at each phase by the test
 * seam (issue 9), p50 and p99.
 * Prints tables and writes bench/results.json. Options: --runs N (default 5, at least 5);
 * --only export|classroom|author|live|phone|stop measures one part and keeps the others' figures from results.json.
 */
import type { Command, Measurement } from '../tools/bench/measure'
import type { BenchResults } from '../tools/bench/report'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadLesson } from '../kit/lesson/loadLesson'
import { lessonModulePath } from '../kit/lesson/paths'
import { formatAuthorLoopTable, runAuthorLoopBench } from '../tools/bench/authorLoop'
import { runClassroomBench } from '../tools/bench/classroom'
import { formatClassroomTable } from '../tools/bench/classroomReport'
import { measure } from '../tools/bench/measure'
import { writePlainChineseDeck } from '../tools/bench/plainChineseDeck'
import { writePlainDeck } from '../tools/bench/plainDeck'
import { formatTable, summarize } from '../tools/bench/report'
import { rotate } from '../tools/bench/stats'
import { formatStopTable, measureStopLatency } from '../tools/bench/stopLatency'
import { BrowserNotFoundError, findBrowser } from '../tools/browser/findBrowser'
import { formatLiveTable, runLiveBench } from '../tools/classroom/liveBench'
import { formatPhoneWeight, measurePhoneFirstSlide } from '../tools/classroom/phoneBench'

async function main(): Promise<void> {
  // Memory and CPU time come from /proc, and the stop figures from real signals: Linux only.
  if (process.platform !== 'linux') {
    process.stderr.write('bench: the benchmarks read memory and CPU time from Linux\'s /proc and stop programs with signals Windows does not have; run them on Linux\n')
    process.exit(1)
  }
  let values
  try {
    ({ values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string' } } }))
  }
  catch (error) {
    process.stderr.write(`bench: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`)
    process.exit(2)
  }
  const runsEach = Number(values.runs)
  if (!Number.isInteger(runsEach) || runsEach < 5) {
    process.stderr.write('bench: --runs must be a whole number of at least 5\n')
    process.exit(2)
  }
  if (values.only !== undefined && !['export', 'classroom', 'author', 'live', 'phone', 'stop'].includes(values.only)) {
    process.stderr.write(`bench: --only must be export, classroom, author, live, phone or stop, got "${values.only}"\n`)
    process.exit(2)
  }
  let browser: string
  try {
    browser = findBrowser()
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError) {
      process.stderr.write(`bench: ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }

  const root = process.cwd()
  const resultsFile = join(root, 'bench', 'results.json')
  const previous: Record<string, unknown> = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown> : {}
  const require = createRequire(import.meta.url)
  let results: Record<string, unknown> = previous

  const measures = (part: 'export' | 'classroom' | 'author' | 'live' | 'phone' | 'stop'): boolean => values.only === undefined || values.only === part

  if (measures('stop')) {
    // Time from a stop signal to the export's exit, at each phase (issue 9): the print build must be current first.
    process.stdout.write('bench: stop latency; one export first so the print build is current\n')
    await measure({ name: 'warm-up', cwd: root, argv: [process.execPath, '--import', 'tsx', 'scripts/export.ts', '--only', 'slides', '--out', join(root, 'bench', 'runs', 'stop-warm-up'), '--browser', browser] })
    rmSync(join(root, 'bench', 'runs', 'stop-warm-up'), { recursive: true, force: true })
    const stopLatency = await measureStopLatency(root, runsEach, line => process.stdout.write(`${line}\n`))
    process.stdout.write(`\n${formatStopTable(stopLatency)}\n`)
    results = { ...results, stopLatency }
  }

  if (measures('export')) {
    const { loadDeck } = await import('../kit/deck/loadDeck')
    const slideCount = (await loadDeck(root)).length

    // Under bench/runs/ (git-ignored) rather than /tmp, so the plain deck resolves this project's Slidev.
    const work = resolve(root, 'bench', 'runs', `plain-${process.pid}`)
    rmSync(work, { recursive: true, force: true })
    const playwrightCore = resolve(require.resolve('playwright-core'), '..', 'index.mjs')
    writePlainDeck(work, slideCount, playwrightCore)
    const ourOut = join(work, 'ours-out')
    mkdirSync(ourOut)

    const node = process.execPath
    const ourArgv = [node, '--import', 'tsx', 'scripts/export.ts', '--out', ourOut, '--browser', browser]
    const ours: Command = { name: 'ours: 3 PDFs', cwd: root, argv: ourArgv }
    const printBuildCache = join(root, 'node_modules', '.cache', 'deck-export')
    const oursAfterEdit: Command = {
      name: 'ours: 3 PDFs, deck just edited',
      cwd: root,
      argv: ourArgv,
      // What an edit costs the export: no build of the deck matches (neither the print build nor
      // dist/, which it prints from when current), so it builds again.
      prepare: () => {
        rmSync(printBuildCache, { recursive: true, force: true })
        rmSync(join(root, 'dist'), { recursive: true, force: true })
      },
    }
    const plain: Command = {
      name: 'plain slidev export',
      cwd: work,
      argv: [node, require.resolve('@slidev/cli/bin/slidev.mjs'), 'export', 'slides.md', '--output', 'plain.pdf', '--executable-path', browser],
    }
    // After an "edited" run the cache holds the current build again, so each unchanged run follows one.
    const sides = [ours, plain, oursAfterEdit]

    // One unmeasured run each: Vite's dependency pre-bundling (plain) and our print build happen
    // once per deck and are cached.
    process.stdout.write(`bench: ${slideCount} slides, ${runsEach} runs each, warming up\n`)
    for (const side of [oursAfterEdit, ours, plain])
      await measure(side)

    const runs = new Map<Command, Measurement[]>(sides.map(side => [side, []]))
    const order = rotate(sides, runsEach)
    for (const [index, command] of order.entries()) {
      const measurement = await measure(command)
      runs.get(command)!.push(measurement)
      process.stdout.write(`  run ${index + 1}/${order.length} ${command.name}: ${(measurement.wallMs / 1000).toFixed(2)} s\n`)
    }

    const oursSummary = summarize(ours.name, runs.get(ours)!)
    const afterEditSummary = summarize(oursAfterEdit.name, runs.get(oursAfterEdit)!)
    const plainSummary = summarize(plain.name, runs.get(plain)!)
    const report: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryBytes: totalmem(),
        node: process.version,
        // Its stderr left out: Debian's chromium wrapper script complains there about a test of its own.
        browser: execFileSync(browser, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      },
      slideCount,
      runsEach,
      ours: oursSummary,
      oursAfterEdit: afterEditSummary,
      plain: plainSummary,
      wallRatio: oursSummary.medianWallMs / plainSummary.medianWallMs,
      wallRatioAfterEdit: afterEditSummary.medianWallMs / plainSummary.medianWallMs,
      cpuRatio: oursSummary.medianCpuMs / plainSummary.medianCpuMs,
      cpuRatioAfterEdit: afterEditSummary.medianCpuMs / plainSummary.medianCpuMs,
    }
    process.stdout.write(`\n${formatTable(report)}\n`)
    rmSync(work, { recursive: true, force: true })
    results = { ...previous, ...results, ...report }
  }

  if (measures('author')) {
    const { loadDeck } = await import('../kit/deck/loadDeck')
    const plainDir = resolve(root, 'bench', 'runs', `plain-author-${process.pid}`)
    rmSync(plainDir, { recursive: true, force: true })
    writePlainDeck(plainDir, (await loadDeck(root)).length, resolve(require.resolve('playwright-core'), '..', 'index.mjs'))
    const author = await runAuthorLoopBench({ root, plainDir, slidev: require.resolve('@slidev/cli/bin/slidev.mjs'), browserPath: browser, runsEach, progress: line => process.stdout.write(`${line}\n`) })
    process.stdout.write(`\n${formatAuthorLoopTable(author)}\n`)
    rmSync(plainDir, { recursive: true, force: true })
    results = { ...results, author }
  }

  if (measures('classroom')) {
    const plainDir = resolve(root, 'bench', 'runs', `plain-zh-${process.pid}`)
    rmSync(plainDir, { recursive: true, force: true })
    const lesson = await loadLesson(lessonModulePath(process.cwd()))
    writePlainChineseDeck(plainDir, lesson.plan.map(entry => ({ title: entry.title ?? lesson.course.lessonTitle, points: entry.points })))
    const classroom = await runClassroomBench({
      root,
      plainDir,
      browserPath: browser,
      runsEach,
      slidev: require.resolve('@slidev/cli/bin/slidev.mjs'),
      progress: line => process.stdout.write(`${line}\n`),
    })
    process.stdout.write(`\n${formatClassroomTable(classroom)}\n`)
    rmSync(plainDir, { recursive: true, force: true })
    results = { ...results, classroom }
  }

  if (measures('live')) {
    const live = await runLiveBench({ root, students: 1000, clicks: 50, progress: line => process.stdout.write(`${line}\n`) })
    process.stdout.write(`\n${formatLiveTable(live)}\n`)
    results = { ...results, live }
  }

  if (measures('phone')) {
    const phone = await measurePhoneFirstSlide(root, browser)
    process.stdout.write(`\n${formatPhoneWeight(phone)}\n`)
    results = { ...results, phone }
  }

  mkdirSync(join(root, 'bench'), { recursive: true })
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write('wrote bench/results.json\n')
  process.exit(0)
}

void main()
