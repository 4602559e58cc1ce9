import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../../tools/browser/chromiumArgs'
import { findBrowser } from '../../../tools/browser/findBrowser'
import { phoneLayoutProblems } from '../../../tools/classroom/phoneSnapshots'

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS] })
})

afterAll(async () => {
  await browser?.close()
})

const slide = (markup: string) => ({ slides: [{ no: 4, title: '表格', states: ['<p>ok</p>', markup] }], css: '.wide { width: 600px } .tiny { font-size: 12px } .fixed { table-layout: fixed; width: 300px } .fixed td { white-space: nowrap }' })

describe('the phone layout check', () => {
  it('passes text, code and tables a phone can show (long code wraps, a wide table scrolls sideways)', async () => {
    const long = 'x'.repeat(200)
    expect(await phoneLayoutProblems(browser, slide(`<p>正文</p><pre><code>${long}</code></pre><div class="phone-scroll"><table><tr><td>${long}</td></tr></table></div>`))).toEqual([])
  }, 30_000)

  it('names the slide, the click and the part wider than a phone that does not scroll', async () => {
    expect(await phoneLayoutProblems(browser, slide('<div class="wide">宽</div>'))).toEqual([
      'slide 4 (表格) at click 1: <div class="wide"> is 600 px wide, wider than a phone, and does not scroll sideways',
    ])
  }, 30_000)

  it('names text under 16 px', async () => {
    expect(await phoneLayoutProblems(browser, slide('<p class="tiny">小字</p>'))).toEqual([
      'slide 4 (表格) at click 1: "小字" in <p class="tiny"> is 12 px, under 16 px',
    ])
  }, 30_000)

  it('names a diagram label drawn under 16 px, and passes it kept wide enough, scrolling sideways', async () => {
    // 900 units wide with 16-unit labels, fitted to a phone's 358-px column: 16 × 358 / 900 = 6.4 px.
    const diagram = (style: string) => `<svg viewBox="0 0 900 120" width="100%" style="${style}"><text x="10" y="40" font-size="16">服务器 1</text></svg>`
    expect(await phoneLayoutProblems(browser, slide(diagram('')))).toEqual([
      'slide 4 (表格) at click 1: "服务器 1" in a diagram\'s <text> is 6.4 px, under 16 px',
    ])
    expect(await phoneLayoutProblems(browser, slide(`<div class="phone-scroll">${diagram('min-width: 900px')}</div>`))).toEqual([])
  }, 30_000)

  it('names a table cell whose text runs past it, over the next cell', async () => {
    expect(await phoneLayoutProblems(browser, slide('<div class="phone-scroll"><table class="fixed"><tr><td>宿主机故障：容器随宿主机一起停止</td><td>服务正常</td></tr></table></div>'))).toEqual([
      'slide 4 (表格) at click 1: <td> "宿主机故障：容器随宿主机一起停止" runs past its cell, over the next one',
    ])
  }, 30_000)
})
