import type { Page } from '@playwright/test'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { lesson } from '../../data'
import { playground } from '../../data/playground/index'
import { expectNoAxeViolations, SLIDEV_MENU_BUTTON } from '../support/axe'
import { gotoStep, loadDeckSlides, slideNoOf, waitForSlide, walkDeck } from '../support/deckPage'
import { measureSlideText, tooSmall } from '../support/textSize'

/** Back-row legibility on the 980-px canvas: labels at least 16 px, the lesson's sentences 20 px. */
const TEXT_RULE = { minPx: 16, minSentencePx: 20 }

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

/** Slidev's navigation bar fades in under the pointer; show it so axe sees it as a person would. */
async function showNavigation(page: Page): Promise<void> {
  const viewport = page.viewportSize()!
  await page.mouse.move(40, viewport.height - 20)
  await page.getByTitle('Go to next slide').waitFor({ state: 'visible' })
}

test('every step of every slide: text large enough for the back row, 7:1 contrast, no axe violation', async ({ page }) => {
  // axe at each of the deck's ~55 steps is most of this test's time.
  test.setTimeout(900_000)
  const sentences = lessonSentences(lesson)
  const small: string[] = []
  let smallest = { px: Infinity, where: '' }
  const steps = await walkDeck(page, async ({ slide, clicks }) => {
    const name = `slide ${slide} click ${clicks}`
    const runs = await measureSlideText(page, slide, sentences)
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
  expect([...new Set(small)], 'text smaller than the back row can read').toEqual([])
})

test('the deck around the slide (navigation bar, controls) passes axe', async ({ page }) => {
  await gotoStep(page, { slide: 1, clicks: 0 })
  await showNavigation(page)
  await expectNoAxeViolations(page, { name: 'slide 1 with its navigation bar', exclusions: [SLIDEV_MENU_BUTTON] })
})

test('the presenter view passes axe', async ({ page }) => {
  for (const no of [1, slideNoOf(slides, 'cluster-playground')]) {
    await page.goto(`/presenter/${no}`)
    // The presenter view shows the slide twice: on the projector's side and as the next one's neighbour.
    await page.locator(`.slidev-page-${no}`).first().waitFor({ state: 'visible' })
    await page.waitForFunction(() => !document.querySelector('[data-status="pending"]') && document.fonts.status === 'loaded')
    await expectNoAxeViolations(page, { name: `presenter view of slide ${no}`, exclusions: [SLIDEV_MENU_BUTTON] })
  }
})

test('the overview page passes axe', async ({ page }) => {
  await page.goto('/overview')
  await page.locator('.slidev-page').first().waitFor({ state: 'visible' })
  await page.waitForFunction(() => !document.querySelector('[data-status="pending"]') && document.fonts.status === 'loaded')
  await expectNoAxeViolations(page, { name: '/overview' })
})

test('with reduced motion asked for, moving to the next slide runs no transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await gotoStep(page, { slide: 1, clicks: 0 })
  await page.evaluate(() => {
    const started: string[] = []
    document.addEventListener('transitionrun', event => started.push(`${(event.target as Element).className} ${event.propertyName}`), true)
    Object.assign(window, { transitionsRun: started })
  })
  await page.keyboard.press('ArrowRight')
  await waitForSlide(page, 2)
  // Two frames: a transition the slide change starts exists by then.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  expect(await page.evaluate(() => (window as unknown as { transitionsRun: string[] }).transitionsRun)).toEqual([])
})

test('the playground announces each step once, politely, and not the seconds of free play', async ({ page }) => {
  const no = slideNoOf(slides, 'cluster-playground')
  await gotoStep(page, { slide: no, clicks: 0 })
  const live = page.locator(`.slidev-page-${no} [aria-live="polite"]`)
  await expect(live).toContainText(playground.clusterVsSingle.steps[0]!.caption)
  await live.evaluate((element) => {
    const heard: string[] = []
    new MutationObserver(() => heard.push(element.textContent ?? '')).observe(element, { childList: true, subtree: true, characterData: true })
    Object.assign(window, { heard })
  })
  const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard)
  await page.keyboard.press('ArrowRight')
  await expect(live).toContainText(playground.clusterVsSingle.steps[1]!.caption)
  expect(await heard()).toHaveLength(1)

  // Free play runs the clock: figures change every simulated second, the announcement does not.
  const second = async () => Number((await page.locator(`.slidev-page-${no} .free-play`).textContent())?.match(/第 (\d+) 秒/)?.[1] ?? 0)
  await page.locator(`.slidev-page-${no} [data-control="run"]`).click()
  await expect(page.locator(`.slidev-page-${no} .free-play`)).toBeVisible()
  const start = await second()
  await expect.poll(second).toBeGreaterThanOrEqual(start + 2)
  await page.locator(`.slidev-page-${no} [data-control="run"]`).click()
  expect(await heard()).toHaveLength(1)
})

test('the playground\'s controls work from the keyboard with a visible focus ring, and the clicker still moves the deck', async ({ page }) => {
  const no = slideNoOf(slides, 'cluster-playground')
  await gotoStep(page, { slide: no, clicks: 0 })
  const crash = page.locator(`.slidev-page-${no} [data-control="crash"]`)
  await crash.focus()
  // Focus reached by keyboard: the ring is drawn.
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expect(crash).toBeFocused()
  expect(await crash.evaluate(b => getComputedStyle(b).outlineStyle)).toBe('solid')
  await page.keyboard.press('Enter')
  await expect(page.locator(`.slidev-page-${no} .playground`)).toHaveAttribute('data-free-play', 'true')
  for (const key of ['PageDown', 'ArrowRight']) {
    const before = page.url()
    await page.keyboard.press(key)
    await page.waitForURL(url => url.toString() !== before)
  }
  await expect(page).toHaveURL(new RegExp(`/${no}\\?clicks=2$`))
})
