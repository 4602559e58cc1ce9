import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { RunningClassroom } from '../support/classroomPage'
import type { PhoneState } from '../support/phoneWalk'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { publicSiteDir } from '../../tools/classroom/buildPaths'
import { PHONE_TARGET_BYTES, transferOf } from '../../tools/classroom/phoneBench'
import { presenterGo, startClassroom } from '../support/classroomPage'
import { walkPhone } from '../support/phoneWalk'
import { replaceWithRenamedBuild } from '../support/renamedBuild'
import { root } from '../support/root'

const PHONE = { width: 390, height: 844 }
/** A reload of the first slide, with everything cached: revalidations, no bodies. */
const RELOAD_BUDGET = 2 * 1024
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
    ...s.offScreen.map(text => `slide ${s.slide} click ${s.click}: ${JSON.stringify(text)} runs off the screen`),
    ...s.brokenWords.map(word => `slide ${s.slide} click ${s.click}: the word ${JSON.stringify(word)} is split across two lines`),
    ...s.badImages.map(src => `slide ${s.slide} click ${s.click}: image without alt text or not loaded: ${src}`),
  ])
}

/** What a walk of a lesson's phone view must show, beside the rules every slide keeps. */
interface Expected {
  /** Distinct diagrams drawn as SVG, at least. */
  diagrams: number
  codeBlocks?: boolean
  tables?: boolean
  /** Weigh the first slide against the classroom's budget (one lesson is enough: the app is the same). */
  weighFirstSlide?: boolean
}

/**
 * One lesson in classroom mode on a phone: a walk through every slide at every click, then
 * `afterWalk` on the same phone.
 */
function lessonOnPhone(title: string, name: string, entry: string, expected: Expected, afterWalk?: (page: Page, states: PhoneState[]) => Promise<void>): void {
  test.describe(title, () => {
    let classroom: RunningClassroom
    test.beforeAll(async () => {
      test.setTimeout(400_000)
      classroom = await startClassroom(root, entry)
    })
    test.afterAll(async () => {
      await classroom?.stop()
    })

    const shows = [`${expected.diagrams} diagram(s)`, ...(expected.codeBlocks ? ['code'] : []), ...(expected.tables ? ['a table'] : [])].join(', ')
    test(`every slide at every click: its ${shows}; no raw source, no text under 16 px, nothing wider than the screen, no table cell or code line running off it, no word split across lines, no Mermaid`, async ({ browser }) => {
      test.setTimeout(300_000)
      const { states, requests, page } = await walk(browser, classroom, name)
      expect(broken(states)).toEqual([])
      expect(new Set(states.flatMap(s => s.diagrams)).size).toBeGreaterThanOrEqual(expected.diagrams)
      if (expected.codeBlocks)
        expect(Math.max(...states.map(s => s.codeBlocks))).toBeGreaterThanOrEqual(1)
      if (expected.tables)
        expect(Math.max(...states.map(s => s.tables))).toBeGreaterThanOrEqual(1)
      expect(requests.filter(url => /mermaid/i.test(url))).toEqual([])
      await afterWalk?.(page, states)
      await page.context().close()
    })

    if (expected.weighFirstSlide) {
      test('the first slide is within the classroom\'s budget on the wire, and a reload transfers almost nothing', async ({ browser }) => {
        // The walk left the class on its last slide: a student joining now would open that one.
        await presenterGo(classroom, 1, 0)
        const context = await browser.newContext({ viewport: PHONE })
        const phone = await context.newPage()
        const first = await transferOf(phone, () => phone.goto(`${classroom.origin}/join`))
        const reload = await transferOf(phone, () => phone.reload())
        await context.close()
        expect(first.bytes, JSON.stringify(first.byKind)).toBeLessThanOrEqual(PHONE_TARGET_BYTES)
        expect(reload.bytes).toBeLessThanOrEqual(RELOAD_BUDGET)
      })
    }
  })
}

lessonOnPhone('lesson 2 on a phone', 'lesson2', 'slides.md', { diagrams: 7, weighFirstSlide: true })

lessonOnPhone('lesson 3 (Deployment) on a phone', 'lesson3', 'lessons/03-deployment/slides.md', { diagrams: 1, codeBlocks: true, tables: true })

// The code slide's long lines wrap on the screen (the walk fails on any that runs off it), and a
// copy gives them as written: one line each, the wrapping left out.
lessonOnPhone('a technical lesson on a phone', 'tech', 'test/fixtures/blocks-lesson/slides.md', { diagrams: 1, codeBlocks: true, tables: true }, async (page, states) => {
  const code = states.find(s => s.codeBlocks > 0)!
  await page.getByRole('button', { name: '上一页' }).click()
  while (await page.locator('main').getAttribute('data-slide') !== String(code.slide))
    await page.getByRole('button', { name: '上一页' }).click()
  const pre = page.locator('.phone-slide pre').first()
  const lineHeight = (text: string): Promise<number> => pre.locator('.line', { hasText: text }).evaluate(el => el.getBoundingClientRect().height)
  expect(await lineHeight('期望的副本数')).toBeGreaterThan(1.5 * await lineHeight('apiVersion'))
  const selected = await pre.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
    return getSelection()!.toString()
  })
  expect(selected).toContain('apiVersion: apps/v1\nkind: Deployment\n')
  expect(selected).toContain('\n  replicas: 3        # 期望的副本数：三个 Pod\n')
})

test('a phone left on the old app when the class restarts on a new build loads the new one, not a blank slide', async ({ browser }) => {
  // The public site as the classroom serves it, in a folder of this test's own.
  const work = mkdtempSync(join(tmpdir(), 'phone-replaced-'))
  const site = join(work, 'site')
  cpSync(publicSiteDir(root), site, { recursive: true })
  const classroom = await startClassroom(root, 'slides.md', site)
  const context = await browser.newContext({ viewport: PHONE, baseURL: classroom.origin })
  try {
    const phone = await context.newPage()
    await phone.goto('/join')
    await presenterGo(classroom, 1)
    await expect(phone.locator('main[data-slide="1"][data-click]')).toBeVisible()
    await phone.evaluate(() => Object.assign(window, { appOfOldBuild: true }))

    // An edit, and the class started again on the new build: each slide's chunk under a new name.
    replaceWithRenamedBuild(site)
    await presenterGo(classroom, 5)
    await expect(phone.locator('main[data-slide="5"][data-click]')).toBeVisible()
    await expect(phone.locator('.phone-slide')).not.toBeEmpty()
    expect(await phone.evaluate(() => 'appOfOldBuild' in window)).toBe(false)
  }
  finally {
    await context.close()
    await classroom.stop()
    rmSync(work, { recursive: true, force: true })
  }
})
