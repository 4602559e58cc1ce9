import type { Locator, Page } from '@playwright/test'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import type { Scenario } from '../../kit/engine/scenario'
import { expect, test } from '@playwright/test'
import { playground } from '../../data/playground/index'
import { availability } from '../../kit/engine/metrics'
import { scenarioClicks, stateAtStep } from '../../kit/engine/scenario'
import { formatPercent } from '../../kit/engine/view'
import { findOverflow, gotoStep, loadDeckSlides, slideNoOf, waitForSlide, watchErrors } from '../support/deckPage'

let slides: DeckSlide[]

test.beforeAll(async () => {
  slides = await loadDeckSlides()
})

const slideNo = (plan: string): number => slideNoOf(slides, plan)

function side(page: Page, no: number, name: 'cluster' | 'single'): Locator {
  return page.locator(`.slidev-page-${no} [data-side="${name}"]`)
}

function stepIndex(scenario: Scenario, fragment: string): number {
  const index = scenario.steps.findIndex(s => s.caption.includes(fragment))
  if (index < 0)
    throw new Error(`no step mentions ${fragment}`)
  return index
}

const story = playground.clusterVsSingle

test('each scripted click shows its caption and the figures the engine computes, nothing cut off', async ({ page }) => {
  const errors = watchErrors(page)
  const no = slideNo('cluster-playground')
  for (let clicks = 0; clicks <= scenarioClicks(story); clicks++) {
    await gotoStep(page, { slide: no, clicks })
    const expected = stateAtStep(story, clicks)
    await expect(page.locator(`.slidev-page-${no} [data-caption]`)).toHaveText(story.steps[clicks]!.caption)
    await expect(side(page, no, 'cluster').locator('[data-figure="availability"]')).toHaveText(formatPercent(availability(expected.cluster.phase)))
    await expect(side(page, no, 'single').locator('[data-figure="availability"]')).toHaveText(formatPercent(availability(expected.single.phase)))
    await expect(side(page, no, 'cluster').locator('[data-state]')).toHaveCount(expected.cluster.replicas.length)
    expect(await findOverflow(page, no), `click ${clicks}`).toEqual([])
  }
  expect(errors).toEqual([])
})

test('the cluster stays at 100% through the rolling upgrade while the single container goes down', async ({ page }) => {
  const no = slideNo('cluster-playground')
  for (const clicks of [stepIndex(story, '滚动升级'), stepIndex(story, '升级完成')]) {
    await gotoStep(page, { slide: no, clicks })
    await expect(side(page, no, 'cluster').locator('[data-figure="availability"]')).toHaveText('100%')
    await expect(side(page, no, 'cluster').locator('[data-figure="dropped"]')).toHaveText('0')
  }
  await gotoStep(page, { slide: no, clicks: stepIndex(story, '滚动升级') })
  await expect(side(page, no, 'cluster').locator('[data-version="v1"]').first()).toBeVisible()
  await expect(side(page, no, 'cluster').locator('[data-version="v2"]').first()).toBeVisible()
  await expect(side(page, no, 'single').locator('[data-figure="availability"]')).not.toHaveText('100%')
  await expect(side(page, no, 'single').locator('[data-figure="outage"]')).not.toHaveText('0 秒')
})

test('a host failure takes the single container down and leaves the cluster serving', async ({ page }) => {
  const no = slideNo('cluster-playground')
  await gotoStep(page, { slide: no, clicks: stepIndex(story, '宕机') })
  await expect(side(page, no, 'single').locator('[data-figure="availability"]')).toHaveText('0%')
  await expect(side(page, no, 'single').locator('[data-state="failed"]')).toHaveText(/故障/)
  await expect(side(page, no, 'cluster').locator('[data-host="host-1"] [data-state="failed"]')).toHaveCount(2)
  await expect(side(page, no, 'cluster').locator('[data-figure="availability"]')).toHaveText('100%')
})

test('the clicker steps through the story, and still does after the controls were used', async ({ page }) => {
  const no = slideNo('cluster-playground')
  const playground = page.locator(`.slidev-page-${no} .playground`)
  await gotoStep(page, { slide: no, clicks: 0 })
  await page.keyboard.press('ArrowRight')
  await expect(playground).toHaveAttribute('data-step', '1')

  await page.locator(`.slidev-page-${no} [data-control="host-3"]`).click()
  await expect(playground).toHaveAttribute('data-free-play', 'true')
  await expect(side(page, no, 'cluster').locator('[data-host="host-3"]')).toHaveAttribute('data-up', 'false')

  // A mouse click must not leave focus on the button, where Slidev would ignore the clicker.
  await page.keyboard.press('PageDown')
  await expect(playground).toHaveAttribute('data-step', '2')
  await expect(playground).toHaveAttribute('data-free-play', 'false')

  // Keyboard users can reach the controls; the navigation keys still go to Slidev.
  await page.locator(`.slidev-page-${no} [data-control="tick"]`).focus()
  await page.keyboard.press('Enter')
  await expect(playground).toHaveAttribute('data-free-play', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(playground).toHaveAttribute('data-step', '3')
})

test('the scheduling story shows replicas pending when the remaining hosts are full', async ({ page }) => {
  const scheduling = playground.scheduling
  const no = slideNo('playground-scheduling')
  await gotoStep(page, { slide: no, clicks: stepIndex(scheduling, '也宕机') })
  await waitForSlide(page, no)
  await expect(page.locator(`.slidev-page-${no} [data-count="pending"]`)).toHaveText('待调度 3')
  await expect(side(page, no, 'cluster').locator('[data-figure="availability"]')).not.toHaveText('100%')
  expect(await findOverflow(page, no)).toEqual([])
})
