import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../tools/browser/launch'
/** Chromium as the tools start it (tools/browser/launch.ts). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/** A page at the deck's origin, 1280×720 as in test/e2e. */
export async function openDeckPage(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 720 } })
  return context.newPage()
}
