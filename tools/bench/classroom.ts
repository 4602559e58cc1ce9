import type { Browser } from 'playwright-core'
import type { ClassroomResults, ClassroomSide } from './classroomReport'
import type { Command, Measurement } from './measure'
import type { PageWeight } from './pageWeight'
import { join } from 'node:path'
import process from 'node:process'
import { getPort } from 'get-port-please'
import { launchChromium } from '../browser/launch'
import { nodeArgsOfScript } from '../cli/npmScript'
import { startStaticServer } from '../server/staticServer'
import { classroomSide, compareClassroom } from './classroomReport'
import { dirSize } from './dirSize'
import { measureFirstSlideWeight } from './firstSlide'
import { measure } from './measure'
import { measureStartup } from './startup'
import { alternate, median } from './stats'

export interface ClassroomSetup {
  /** This project's root. */
  root: string
  /** A plain Slidev deck of the same slides (tools/bench/plainChineseDeck.ts), written already. */
  plainDir: string
  browserPath: string
  runsEach: number
  /** Slidev's CLI script. */
  slidev: string
  progress: (line: string) => void
}

async function firstSlideWeight(dist: string, browser: Browser, runs: number): Promise<PageWeight> {
  const server = await startStaticServer(dist, 0)
  try {
    const weights: PageWeight[] = []
    for (let i = 0; i < runs; i++)
      weights.push(await measureFirstSlideWeight(browser, `${server.url}/1`))
    const middle = median(weights.map(w => w.gzipBytes))
    return weights.find(w => w.gzipBytes === middle) ?? weights[0]!
  }
  finally {
    await server.close()
  }
}

/**
 * The classroom figures of issue 5, this deck against the plain deck, in one run: build time
 * (alternating runs, after one unmeasured build each so caches are warm on both sides), dist/
 * size, gzip bytes a student downloads to see slide 1, and the wait from the command to slide 1
 * for the instructor (`npm run present` on a current build; plain Slidev's `slidev` dev server).
 */
export async function runClassroomBench(setup: ClassroomSetup): Promise<ClassroomResults> {
  const { root, plainDir, runsEach, slidev, progress } = setup
  const node = process.execPath
  // `npm run build` (without npm's own start-up, as the export's side): it always builds, as `slidev build` does.
  const ourBuild: Command = { name: 'ours: npm run build', cwd: root, argv: [node, ...nodeArgsOfScript(root, 'build')] }
  const plainBuild: Command = { name: 'plain: slidev build', cwd: plainDir, argv: [node, slidev, 'build', 'slides.md'] }

  progress(`classroom: building both decks once (unmeasured: warms the font subset cache and the disk cache)`)
  await measure(ourBuild)
  await measure(plainBuild)
  const builds = new Map<Command, Measurement[]>([[ourBuild, []], [plainBuild, []]])
  for (const [index, command] of alternate(ourBuild, plainBuild, runsEach).entries()) {
    const run = await measure(command)
    builds.get(command)!.push(run)
    progress(`  build ${index + 1}/${runsEach * 2} ${command.name}: ${(run.wallMs / 1000).toFixed(2)} s`)
  }

  const browser = await launchChromium({ executablePath: setup.browserPath })
  try {
    progress('classroom: bytes to show slide 1')
    const ourWeight = await firstSlideWeight(join(root, 'dist'), browser, 3)
    const plainWeight = await firstSlideWeight(join(plainDir, 'dist'), browser, 3)

    const present: Command = { name: 'npm run present', cwd: root, argv: ['npm', 'run', 'present', '--silent', '--', '--port', '0'] }
    const presentUrl = (output: string) => /Audience[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
    const plainPort = await getPort({ host: '127.0.0.1', random: true })
    const plainDev: Command = { name: 'slidev (dev server)', cwd: plainDir, argv: [node, slidev, 'slides.md', '--port', String(plainPort), '--open', 'false'] }
    const plainUrl = (output: string) => (output.includes(`localhost:${plainPort}`) ? `http://localhost:${plainPort}/1` : undefined)

    progress('classroom: time from the command to slide 1 (one unmeasured start each)')
    await measureStartup(browser, present, presentUrl)
    await measureStartup(browser, plainDev, plainUrl)
    const startups = new Map<Command, number[]>([[present, []], [plainDev, []]])
    for (const [index, command] of alternate(present, plainDev, runsEach).entries()) {
      const ms = await measureStartup(browser, command, command === present ? presentUrl : plainUrl)
      startups.get(command)!.push(ms)
      progress(`  start ${index + 1}/${runsEach * 2} ${command.name}: ${(ms / 1000).toFixed(2)} s`)
    }

    const side = (name: string, dist: string, weight: PageWeight, build: Command, start: Command): ClassroomSide => {
      const size = dirSize(dist)
      return classroomSide({
        name,
        firstSlideGzipBytes: weight.gzipBytes,
        firstSlideByKind: weight.gzipByKind,
        distBytes: size.bytes,
        distWoffBytes: size.byExtension.woff ?? 0,
        buildMs: builds.get(build)!.map(run => run.wallMs),
        startupCommand: start.name,
        startupMs: startups.get(start)!,
      })
    }
    return compareClassroom(
      side('this deck', join(root, 'dist'), ourWeight, ourBuild, present),
      side('plain Slidev + @fontsource', join(plainDir, 'dist'), plainWeight, plainBuild, plainDev),
    )
  }
  finally {
    await browser.close()
  }
}
