import type { Browser, Page } from 'playwright-core'
import type { Served } from './present'
import { launchChromium } from '../../tools/browser/launch'
import { present } from './present'

export interface PresentedLesson {
  /** `npm run present -- --entry` serving the lesson. */
  served: Served
  /** A page at the deck's origin in Chromium as the tools start it, 1280×720 as in test/e2e. */
  page: Page
  /** Closes the browser, then stops the server. */
  close: () => Promise<void>
}

/** Presents the lesson at `entry` on a free port and opens a page on it. */
export async function presentInBrowser(entry: string): Promise<PresentedLesson> {
  const served = await present(['--entry', entry, '--port', '0'])
  let browser: Browser | undefined
  const close = async (): Promise<void> => {
    await browser?.close()
    await served.stop()
  }
  try {
    browser = await launchChromium()
    const context = await browser.newContext({ baseURL: served.origin, viewport: { width: 1280, height: 720 } })
    return { served, page: await context.newPage(), close }
  }
  catch (error) {
    // The caller gets nothing to close: leave no browser or server running.
    await close()
    throw error
  }
}
