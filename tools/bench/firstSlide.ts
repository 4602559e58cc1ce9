import type { Browser, Page } from 'playwright-core'
import type { PageWeight, Resource } from './pageWeight'
import { performance } from 'node:perf_hooks'
import { pageWeight, resourceOf } from './pageWeight'

/**
 * Resolves once slide 1 is on screen with its fonts loaded and no diagram
 * still being drawn: what a student sees as "the deck has opened".
 */
export async function waitForFirstSlide(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => {
    const slide = document.querySelector('.slidev-page-1')
    if (!slide || !(slide instanceof HTMLElement) || slide.offsetParent === null)
      return false
    return !slide.querySelector('[data-status="pending"]') && document.fonts.status === 'loaded'
  }, undefined, { timeout: timeoutMs, polling: 20 })
}

/**
 * Opens `url` in a fresh browser context (empty cache) and adds up every
 * response received until slide 1 is shown and the network has been quiet
 * for half a second: the bytes a student downloads to see the first slide.
 */
export async function measureFirstSlideWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    const pending: Promise<Resource | null>[] = []
    page.on('response', (response) => {
      pending.push(response.body()
        .then(body => resourceOf(response.url(), response.headers()['content-type'] ?? '', body))
        // Redirects and aborted requests have no body to count.
        .catch(() => null))
    })
    await page.goto(url)
    await waitForFirstSlide(page)
    await page.waitForLoadState('networkidle')
    const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null)
    return pageWeight(resources)
  }
  finally {
    await context.close()
  }
}

/** Milliseconds from `startedAt` (performance.now()) until slide 1 of `url` is shown in `page`. */
export async function timeToFirstSlide(page: Page, url: string, startedAt: number): Promise<number> {
  await page.goto(url)
  await waitForFirstSlide(page)
  return performance.now() - startedAt
}
