import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { RunningClassroom } from '../support/classroomPage'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { lesson } from '../../data'
import { presenterGo, startClassroom } from '../support/classroomPage'

const PHONE = { width: 390, height: 844 }
// Kept across runs (Playwright empties test-results/ at each start) to be looked at; git-ignored.
const SCREENSHOTS = 'screenshots/classroom'

let classroom: RunningClassroom
const contexts: BrowserContext[] = []

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  // Builds the public site first when its sources changed (a minute or two).
  test.setTimeout(300_000)
  classroom = await startClassroom()
})

test.afterAll(async () => {
  await Promise.all(contexts.map(c => c.close()))
  await classroom?.stop()
})

async function open(browser: Browser, path: string, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: classroom.origin })
  contexts.push(context)
  const page = await context.newPage()
  // Nothing may load from anywhere but the classroom server.
  await page.route(url => !url.href.startsWith(classroom.origin) && !url.protocol.startsWith('ws') && !url.protocol.startsWith('data'), route => route.abort())
  await page.goto(path)
  return page
}

async function openRemote(browser: Browser): Promise<Page> {
  const remote = await open(browser, `/remote#token=${classroom.token}`)
  await expect(remote.getByText('讲稿')).toBeVisible()
  // The token leaves the address bar once exchanged for a session.
  expect(remote.url()).toBe(`${classroom.origin}/remote`)
  return remote
}

test('a phone joins, follows three clicks, answers, browses back and returns', async ({ browser }) => {
  const phone = await open(browser, '/join')
  const slide = phone.locator('main')
  await expect(phone.getByText('第 1 / 22 页')).toBeVisible()
  await expect(phone.getByRole('status')).toHaveText('正在同步')
  await expect(phone).toHaveTitle('课堂同步')
  const remote = await openRemote(browser)
  await expect(remote).toHaveTitle('讲师遥控')
  const next = remote.getByRole('button', { name: '下一步' })

  await next.click()
  await expect(slide).toHaveAttribute('data-slide', '2')
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('开场思考')
  await next.click()
  await expect(slide).toHaveAttribute('data-slide', '3')
  await expect(phone.locator('.turn')).toHaveCount(1)
  await next.click()
  await expect(phone.locator('.turn')).toHaveCount(2)
  await expect(phone.locator('.turn').nth(1)).toContainText(lesson.dialogue[1]!.text)

  await presenterGo(classroom, 6)
  await expect(slide).toHaveAttribute('data-slide', '6')
  const question = remote.locator('[data-question="hardest-risk"]')
  await question.getByRole('button', { name: '发起提问' }).click()
  await expect(phone.getByRole('heading', { name: '你认为单个容器的哪种风险最难提前预防？' })).toBeVisible()
  await phone.getByRole('button', { name: '停机升级' }).click()
  await expect(phone.getByText('已提交，等待揭晓')).toBeVisible()
  await expect(question.getByText('1 人作答')).toBeVisible()

  await phone.getByRole('button', { name: '上一页' }).click()
  await expect(slide).toHaveAttribute('data-slide', '5')
  await expect(phone.getByRole('status')).toHaveText('你正在回看')
  // A slide browsed back to shows everything it ends with.
  await expect(phone.locator('.turn')).toHaveCount(3)
  await question.getByRole('button', { name: '结束并揭晓' }).click()
  await phone.getByRole('button', { name: '回到当前' }).click()
  await expect(slide).toHaveAttribute('data-slide', '6')
  await expect(phone.getByRole('status')).toHaveText('正在同步')
  const mine = phone.locator('.bar', { hasText: '你的选择' })
  await expect(mine).toContainText('停机升级')
  await expect(mine).toContainText('1（100%）')
  // Slide 6 at its first click shows the first of its three diagrams, as the projector does.
  await expect(phone.locator('.phone-slide svg')).toHaveCount(1)
  await phone.screenshot({ path: `${SCREENSHOTS}/phone-results.png`, fullPage: true })
  await remote.screenshot({ path: `${SCREENSHOTS}/remote.png`, fullPage: true })
})

test('the remote in a second browser context drives the projector, which charts the answers and reveals the correct one', async ({ browser }) => {
  await presenterGo(classroom, 1)
  const projector = await open(browser, '/', { width: 1280, height: 720 })
  await expect(projector.locator('.slidev-page-1')).toBeVisible()
  await expect(projector.getByTestId('join-corner')).toContainText(`${classroom.origin}/join`)
  const remote = await openRemote(browser)
  await remote.getByRole('button', { name: '下一步' }).click()
  await remote.getByRole('button', { name: '下一步' }).click()
  await expect(projector.locator('.slidev-page-3')).toBeVisible()
  await expect(projector).toHaveURL(/\/3(?:\?|$)/)

  // The projector without the token follows only: its own key press moves nobody.
  const phone = await open(browser, '/join')
  await projector.keyboard.press('ArrowRight')
  await remote.getByRole('button', { name: '下一步' }).click()
  await expect(phone.locator('.turn')).toHaveCount(2)
  await expect(phone.locator('main')).toHaveAttribute('data-slide', '3')

  await presenterGo(classroom, 16)
  await expect(projector.locator('.slidev-page-16')).toBeVisible()
  const question = remote.locator('[data-question="kubernetes-year"]')
  await question.getByRole('button', { name: '发起提问' }).click()
  const chart = projector.getByTestId('answer-chart')
  await expect(chart).toContainText('Google 在哪一年开源了 Kubernetes？')
  await expect(chart).toContainText('0 人作答')
  await phone.getByRole('button', { name: '2014年' }).click()
  await expect(chart).toContainText('1 人作答')
  // The split stays hidden until the reveal, so it cannot steer who has not answered yet.
  await expect(chart.locator('.bar__count')).toHaveCount(0)
  await expect(chart).not.toContainText('正确答案')

  await question.getByRole('button', { name: '结束并揭晓' }).click()
  await expect(chart).toHaveAttribute('data-state', 'closed')
  await expect(chart.locator('[data-option="1"]')).toContainText('✓ 正确答案')
  await expect(chart.locator('[data-option="1"]')).toContainText('1（100%）')
  await expect(chart.locator('.bar--correct')).toHaveCount(1)
  await projector.screenshot({ path: `${SCREENSHOTS}/projector-chart.png` })

  await projector.keyboard.press('q')
  await expect(projector.getByTestId('join-overlay')).toBeVisible()
  await projector.screenshot({ path: `${SCREENSHOTS}/projector-join.png` })
})

/** Every file a page loads, and every file those name under the site's asset folders, fetched without a token. */
async function everythingServed(page: Page, path: string, ready: string): Promise<Map<string, string>> {
  const bodies = new Map<string, string>()
  const seen = new Set<string>()
  page.on('response', (response) => {
    if (response.url().startsWith(classroom.origin))
      seen.add(response.url())
  })
  await page.goto(path)
  await page.locator(ready).first().waitFor()
  const pending = [...seen]
  while (pending.length > 0 && bodies.size < 400) {
    const url = pending.pop()!
    if (bodies.has(url))
      continue
    const response = await page.request.get(url)
    const body = (await response.body()).toString('utf8')
    bodies.set(url, body)
    for (const [name] of body.matchAll(/(?:classroom-assets|assets|vendor\/mermaid)\/[\w.-]+\.(?:m?js|css)/g)) {
      const next = new URL(`/${name}`, classroom.origin).href
      if (!bodies.has(next))
        pending.push(next)
    }
    for (const [, name] of body.matchAll(/["'`]\.\/([\w.-]+\.(?:m?js|css))["'`]/g)) {
      const next = new URL(name!, url).href
      if (!bodies.has(next))
        pending.push(next)
    }
  }
  return bodies
}

test('nothing the join page, the projector or /presenter serves without the token holds a note or a correct answer', async ({ browser }) => {
  await presenterGo(classroom, 6)
  const page = await open(browser, '/join')
  const presenter = await page.request.get('/presenter/1', { maxRedirects: 0 })
  expect(presenter.status()).toBe(302)
  expect(presenter.headers().location).toBe('/remote')

  const served = new Map([
    ...await everythingServed(page, '/join', '.phone-slide svg'),
    ...await everythingServed(page, '/presenter/1', '.remote__bar'),
    ...await everythingServed(page, '/', '.slidev-page'),
  ])
  const all = [...served.values()].join('\n')
  // The search can find lesson text: the dialogue, the live questions' prompts and options are public.
  expect(all).toContain(lesson.dialogue[0]!.text)
  expect(all).toContain(lesson.liveQuestions[1]!.prompt)
  expect([...served.keys()].some(url => url.includes('/classroom-assets/') && url.endsWith('.js'))).toBe(true)

  const notes = lesson.plan.flatMap(slide => [...slide.points, slide.question])
  const leaks = [...served].flatMap(([url, body]) => [
    ...notes.filter(sentence => body.includes(sentence)).map(sentence => `${url}: note "${sentence}"`),
    // A correct answer is an index beside the key `correct`, in JSON or in a JS string of JSON;
    // a slide's planned minutes a number beside `minutes`.
    ...[...body.matchAll(/correct\\?["']?\s*:\s*\d/g)].map(match => `${url}: answer ${match[0]}`),
    ...[...body.matchAll(/minutes\\?["']?\s*:\s*\d/g)].map(match => `${url}: planned minutes ${match[0]}`),
  ])
  expect(leaks).toEqual([])
})

for (const path of ['/join', '/remote']) {
  test(`${path} passes axe's WCAG 2.1 AA checks on a phone`, async ({ browser }) => {
    // Slide 7: a diagram wider than the phone, in a frame that scrolls sideways.
    await presenterGo(classroom, 7)
    const page = await open(browser, path === '/remote' ? `/remote#token=${classroom.token}` : path)
    await expect(page.locator(path === '/remote' ? '.remote__notes' : '.phone-slide svg').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
    // Body text is at least 16 CSS px.
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('p, li, span, button')].filter(e => e.textContent?.trim()).map(e => Number.parseFloat(getComputedStyle(e).fontSize))))
    expect(smallest).toBeGreaterThanOrEqual(16)
  })
}
