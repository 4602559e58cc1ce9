import type { Page } from '@playwright/test'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import { expect, test } from '@playwright/test'
import { playground } from '../../data/playground/index'
import { expectNoAxeViolations, SLIDEV_MENU_BUTTON } from '../support/axe'
import { gotoStep, loadDeckSlides, slideNoOf, waitForSlide } from '../support/deckPage'

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
