import type { Locator } from '@playwright/test'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { lesson } from '../../data'
import { playground } from '../../data/playground/index'
import { buildSchedule } from '../../kit/slides/schedule'
import { buildTopologyDiagram } from '../../kit/slides/topologyDiagram'
import { startStaticServer } from '../../tools/server/staticServer'
import { expectNoAxeViolations } from '../support/axe'
import { describeOverflow, findOverflow, findSplitWords, gotoStep, loadDeckSlides, proseProblems, slideNoOf, waitForSlide, walkDeck, watchErrors, watchForeignRequests } from '../support/deckPage'
import { replaceWithRenamedBuild } from '../support/renamedBuild'
import { root } from '../support/root'
import { readSourceLesson } from '../support/sourceLesson'
import { placeFragments, sourceFragments } from '../support/sourceText'
import { measureSlideText, TEXT_RULE, tooSmall } from '../support/textSize'

/** The lesson's own sentences: what the class reads, as opposed to labels. */
function lessonSentences(l: typeof lesson): string[] {
  return [
    l.opening.question,
    l.opening.scene,
    ...l.dialogue.map(turn => turn.text),
    ...l.topologies.map(topology => topology.outcome),
    l.necessity.intro,
    ...l.necessity.questions,
    ...l.necessity.paragraphs,
    l.history.intro,
    ...l.history.milestones.map(milestone => milestone.text),
    l.orchestration.paragraph,
    ...l.recap.points,
    ...Object.values(playground).flatMap(story => story.steps.map(step => step.caption)),
  ]
}

let slides: DeckSlide[]

test.beforeAll(async () => {
  slides = await loadDeckSlides()
})

const slideNo = (plan: string): number => slideNoOf(slides, plan)

// One walk of every step for all that is checked at each: a walk is most of the suite's browser time.
test('every step of every slide renders, titled, without errors, overflow, a word split across lines or a request off this machine; legible from the back row (16 px, sentences 20 px), 7:1, no axe violation', async ({ page, baseURL }) => {
  // axe at each of the deck's steps is most of this test's time.
  test.setTimeout(900_000)
  const errors = watchErrors(page)
  const foreign = watchForeignRequests(page, baseURL!)
  const problems: string[] = []
  const small: string[] = []
  const sentences = lessonSentences(lesson)
  let smallest = { px: Infinity, where: '' }

  const steps = await walkDeck(page, async ({ slide, clicks }) => {
    const name = `slide ${slide} click ${clicks}`
    for (const overflow of await findOverflow(page, slide))
      problems.push(`${name}: ${describeOverflow(overflow)}`)
    for (const word of await findSplitWords(page, slide))
      problems.push(`${name}: the word "${word}" is split across two lines`)
    const heading = await page.locator(`.slidev-page-${slide} h1`).first().textContent()
    expect(heading?.trim(), `slide ${slide} has its title`).toBe(slides[slide - 1]!.title)
    const runs = await measureSlideText(page, slide, sentences)
    for (const prose of await proseProblems(page, slide, TEXT_RULE.minSentencePx))
      small.push(`${name}: ${prose}`)
    for (const problem of tooSmall(runs, TEXT_RULE))
      small.push(`${name}: ${problem}`)
    for (const run of runs) {
      if (run.px < smallest.px)
        smallest = { px: run.px, where: `${name} "${run.text}"` }
    }
    await expectNoAxeViolations(page, { name, include: `.slidev-page-${slide}`, enhancedContrast: true })
  })

  process.stdout.write(`smallest text: ${smallest.px} px (${smallest.where}); ${steps.length} steps\n`)
  expect(new Set(steps.map(s => s.slide)).size, 'the walk reached every slide').toBe(slides.length)
  expect(steps.length, 'click steps were walked too').toBeGreaterThan(slides.length + 10)
  expect(problems).toEqual([])
  expect([...new Set(small)], 'text smaller than the back row can read').toEqual([])
  expect(errors).toEqual([])
  expect(foreign).toEqual([])
})

test('Chinese is set in the bundled Noto Sans SC, loaded as a font face', async ({ page }) => {
  await gotoStep(page, { slide: slideNo('opening'), clicks: 0 })
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready
    const loaded = [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/["']/g, ''))
    const heading = document.querySelector('.slidev-page h1, .slidev-layout h1')!
    return { loaded, family: getComputedStyle(heading).fontFamily }
  })
  expect(fonts.loaded).toContain('Noto Sans SC')
  expect(fonts.family).toMatch(/^"?Noto Sans SC"?/)
})

test('the dialogue shows one more turn per click, the newest one highlighted, earlier ones stepping back', async ({ page }) => {
  const no = slideNo('dialogue-management')
  const turns = lesson.dialogue.slice(4)
  // Earlier turns step back in a lighter ink that still reads at 7:1 (faded opacity would not).
  const ink = (turn: Locator) => turn.evaluate(element => getComputedStyle(element).color)
  for (let clicks = 0; clicks < turns.length; clicks++) {
    await gotoStep(page, { slide: no, clicks })
    const visible = page.locator(`.slidev-page-${no} [data-turn]:visible`)
    await expect(visible).toHaveCount(clicks + 1)
    await expect(page.locator(`.slidev-page-${no} [aria-current="step"]`)).toContainText(turns[clicks]!.text)
    // On screen only: the PDF export prints every turn in full ink (test/export).
    await expect.poll(() => ink(visible.last())).toBe('rgb(24, 24, 27)')
    if (clicks > 0)
      await expect.poll(() => ink(visible.first())).toBe('rgb(63, 63, 70)')
  }
})

test('the presenter view shows the notes with the time plan, the timer and the next slide', async ({ page }) => {
  await page.goto('/presenter/1')
  await waitForSlide(page, 1)
  const cover = lesson.plan[0]!
  await expect(page.getByText(cover.question)).toBeVisible()
  await expect(page.getByText(`计划 ${cover.minutes} 分钟`)).toBeVisible()
  // The countdown starts from the lesson's planned length.
  await expect(page.getByText(`${buildSchedule(lesson.plan).total}:00`, { exact: true })).toBeVisible()
  // The "next" preview renders slide 2 beside the current one.
  await expect(page.locator('.slidev-page-2').first()).toBeAttached()
})

test('a deck open while a new build replaces its site reloads where it was when it misses a part of the old build', async ({ page }) => {
  // dist/ as a running `present` serves it, in a folder of this test's own.
  const work = mkdtempSync(join(tmpdir(), 'deck-replaced-'))
  const site = join(work, 'dist')
  cpSync(join(root, 'dist'), site, { recursive: true })
  const server = await startStaticServer(site)
  try {
    await page.goto(`${server.url}/1`)
    await waitForSlide(page, 1)
    await page.evaluate(() => Object.assign(window, { pageOfOldBuild: true }))

    // `npm run build` puts a new site in its place: every hashed file under a new name.
    replaceWithRenamedBuild(site)

    // The presenter view is loaded only when asked for: the old build's copy is gone.
    await page.getByTitle('Presenter Mode').click()
    await expect(page).toHaveURL(/\/presenter\/1$/)
    await waitForSlide(page, 1)
    await expect(page.getByText(`计划 ${lesson.plan[0]!.minutes} 分钟`)).toBeVisible()
    expect(await page.evaluate(() => 'pageOfOldBuild' in window)).toBe(false)
  }
  finally {
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
})

test('each diagram is drawn by Mermaid with every label of its data, none clipped', async ({ page }) => {
  const diagramSlides = ['single-risks', 'cluster-answer', 'cluster-failover', 'cluster-rolling-upgrade', 'cluster-scaling']
  let checked = 0
  for (const plan of diagramSlides) {
    const no = slideNo(plan)
    await gotoStep(page, { slide: no, clicks: 99 })
    for (const section of await page.locator(`.slidev-page-${no} [data-topology]`).all()) {
      const id = await section.getAttribute('data-topology')
      const topology = lesson.topologies.find(t => t.id === id)!
      await expect(section.locator('figure')).toHaveAttribute('data-status', 'rendered')
      const svgText = (await section.locator('svg').first().textContent()) ?? ''
      const labels = [...buildTopologyDiagram(topology).matchAll(/\["([^"]+)"\]/g)].map(m => m[1]!.split('<br/>')[0]!)
      expect(labels.length).toBeGreaterThan(1)
      for (const label of labels)
        expect(svgText, `${id}: ${label}`).toContain(label)
      // A failed host's frame is red, the others grey, whichever way the diagram runs.
      for (const host of topology.hosts) {
        const frame = section.locator(`g.cluster[id$="-host_${host.id.replace(/-/g, '_')}"] > rect`).first()
        expect(await frame.evaluate(rect => getComputedStyle(rect).stroke), `${id}: ${host.label}`).toBe(host.down ? 'rgb(180, 35, 24)' : 'rgb(161, 161, 170)')
      }
      checked++
    }
    expect(await findOverflow(page, no)).toEqual([])
  }
  expect(checked).toBe(7)
})

test('every sentence of the lesson is on its slide or in its notes, in the source\'s order', async ({ page }) => {
  const pages: string[] = []
  for (const slide of slides) {
    await gotoStep(page, { slide: slide.no, clicks: 99 })
    // innerText, not textContent: only what is rendered visibly counts as shown.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    const shown = await page.locator(`.slidev-page-${slide.no}`).innerText()
    pages.push(`${shown}\n${slide.note}`)
  }
  const placements = placeFragments(sourceFragments(readSourceLesson()), pages)
  const missing = placements.filter(p => p.page < 0).map(p => p.fragment)
  expect(missing, 'fragments not found (or found only before an earlier fragment)').toEqual([])
})

test('the lab\'s QR code scans to the lab\'s address', async ({ page }) => {
  const no = slideNo('lab')
  await gotoStep(page, { slide: no, clicks: 0 })
  const png = PNG.sync.read(await page.locator(`.slidev-page-${no} .lab__qr-code`).screenshot())
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  expect(decoded?.data).toBe(lesson.lab.url)
})
