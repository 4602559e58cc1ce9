import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { RunningClassroom } from '../support/classroomPage'
import type { PhoneState } from '../support/phoneWalk'
import { expect, test } from '@playwright/test'
import { resourceOf } from '../../tools/bench/pageWeight'
import { startClassroom } from '../support/classroomPage'
import { walkPhone } from '../support/phoneWalk'
import { root } from '../support/root'

const PHONE = { width: 390, height: 844 }
/**
 * What the phone's first slide weighed before it showed the deck's own rendering (the bench on
 * main, gzip as it counts it): the phone must not get heavier. The classroom's target (90 KB on
 * the wire) also needs compression and a lean decoder (see docs/phone.md).
 */
const FIRST_SLIDE_BUDGET = 110.2 * 1024
// Kept across runs to be looked at; git-ignored.
const SCREENSHOTS = 'screenshots/phone'

interface Phone { page: Page, context: BrowserContext, requests: string[] }

async function openPhone(browser: Browser, classroom: RunningClassroom): Promise<Phone> {
  const context = await browser.newContext({ viewport: PHONE, baseURL: classroom.origin })
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  await page.route(url => !url.href.startsWith(classroom.origin) && !url.protocol.startsWith('ws') && !url.protocol.startsWith('data'), route => route.abort())
  await page.goto('/join')
  await expect(page.locator('main[data-click]')).toBeVisible()
  return { page, context, requests }
}

async function walk(browser: Browser, classroom: RunningClassroom, name: string): Promise<{ states: PhoneState[], requests: string[], page: Page }> {
  const phone = await openPhone(browser, classroom)
  const states = await walkPhone(classroom, phone.page, no => phone.page.screenshot({ path: `${SCREENSHOTS}/${name}-${String(no).padStart(2, '0')}.png`, fullPage: true }).then(() => undefined))
  return { states, requests: phone.requests, page: phone.page }
}

/** States that break one of the rules every slide keeps on a phone, as readable lines. */
function broken(states: readonly PhoneState[]): string[] {
  return states.flatMap(s => [
    ...s.rawHits.map(hit => `slide ${s.slide} click ${s.click}: raw source ${JSON.stringify(hit)}`),
    ...s.smallText.map(text => `slide ${s.slide} click ${s.click}: small text ${text}`),
    ...(s.overflowPx > 0 ? [`slide ${s.slide} click ${s.click}: runs ${s.overflowPx} px past the screen`] : []),
    ...s.badImages.map(src => `slide ${s.slide} click ${s.click}: image without alt text or not loaded: ${src}`),
  ])
}

test.describe('lesson 2 on a phone', () => {
  let classroom: RunningClassroom
  test.beforeAll(async () => {
    test.setTimeout(400_000)
    classroom = await startClassroom()
  })
  test.afterAll(async () => {
    await classroom?.stop()
  })

  test('the first slide is no heavier than before', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, baseURL: classroom.origin })
    const page = await context.newPage()
    const bodies: Promise<number>[] = []
    page.on('response', response => bodies.push(response.body().then(body => resourceOf(response.url(), '', body).gzipBytes, () => 0)))
    await page.goto('/join')
    await expect(page.locator('main[data-slide="1"][data-click="0"]')).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    const total = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0)
    expect(total).toBeLessThanOrEqual(FIRST_SLIDE_BUDGET)
    await context.close()
  })

  test('every slide at every click: no raw source, its 7 diagrams, no text under 16 px, no Mermaid', async ({ browser }) => {
    test.setTimeout(300_000)
    const { states, requests, page } = await walk(browser, classroom, 'lesson2')
    expect(broken(states)).toEqual([])
    expect(new Set(states.flatMap(s => s.diagrams)).size).toBe(7)
    expect(requests.filter(url => /mermaid/i.test(url))).toEqual([])
    await page.context().close()
  })
})

test.describe('lesson 3 (Deployment) on a phone', () => {
  let classroom: RunningClassroom
  test.beforeAll(async () => {
    test.setTimeout(400_000)
    classroom = await startClassroom(root, 'lessons/03-deployment/slides.md')
  })
  test.afterAll(async () => {
    await classroom?.stop()
  })

  test('every slide at every click: its code, table and diagram as such, no raw source, no text under 16 px', async ({ browser }) => {
    test.setTimeout(300_000)
    const { states, requests, page } = await walk(browser, classroom, 'lesson3')
    expect(broken(states)).toEqual([])
    expect(Math.max(...states.map(s => s.codeBlocks))).toBeGreaterThanOrEqual(1)
    expect(Math.max(...states.map(s => s.tables))).toBeGreaterThanOrEqual(1)
    expect(new Set(states.flatMap(s => s.diagrams)).size).toBeGreaterThanOrEqual(1)
    expect(requests.filter(url => /mermaid/i.test(url))).toEqual([])
    await page.context().close()
  })
})

test.describe('a technical lesson on a phone', () => {
  let classroom: RunningClassroom
  test.beforeAll(async () => {
    test.setTimeout(400_000)
    classroom = await startClassroom(root, 'test/fixtures/blocks-lesson/slides.md')
  })
  test.afterAll(async () => {
    await classroom?.stop()
  })

  test('code, a table, a diagram and an image, as such, at every click', async ({ browser }) => {
    test.setTimeout(300_000)
    const { states, requests, page } = await walk(browser, classroom, 'tech')
    expect(broken(states)).toEqual([])
    expect(Math.max(...states.map(s => s.codeBlocks))).toBeGreaterThanOrEqual(1)
    expect(Math.max(...states.map(s => s.tables))).toBeGreaterThanOrEqual(1)
    expect(new Set(states.flatMap(s => s.diagrams)).size).toBeGreaterThanOrEqual(1)
    expect(requests.filter(url => /mermaid/i.test(url))).toEqual([])

    // The code slide's long line scrolls sideways, and its text can be selected and copied.
    const code = states.find(s => s.codeBlocks > 0)!
    await page.getByRole('button', { name: '上一页' }).click()
    while (await page.locator('main').getAttribute('data-slide') !== String(code.slide))
      await page.getByRole('button', { name: '上一页' }).click()
    const pre = page.locator('.phone-slide pre').first()
    expect(await pre.evaluate(el => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'auto')).toBe(true)
    const selected = await pre.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
      return getSelection()!.toString()
    })
    expect(selected).toContain('apiVersion: apps/v1')
    expect(selected).toContain('kind: Deployment')
    await page.context().close()
  })
})
