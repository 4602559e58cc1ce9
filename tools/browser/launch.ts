import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from './chromiumArgs'
import { findBrowser } from './findBrowser'

/**
 * The one way the tools start a headless Chromium (the export, the classroom's diagrams, the
 * bench, the lesson tests); the Playwright config reads the same flags.
 */

/** How long a closing browser may take before the caller moves on (Playwright then kills its process group on exit). */
const CLOSE_GRACE_MS = 500

/** Thrown when the browser cannot be started; its message is one line, meant to be shown as is. */
export class BrowserLaunchError extends Error {
  override name = 'BrowserLaunchError'
}

/** The first line of Playwright's launch failure that says what went wrong, without colour codes. */
function launchFailure(executablePath: string, error: unknown): BrowserLaunchError {
  // eslint-disable-next-line no-control-regex
  const text = (error instanceof Error ? error.message : String(error)).replace(/\u001B\[[\d;]*m/g, '')
  const reason = text.split('\n').map(line => line.trim()).find(line => line.length > 0 && !/^[=╔║╚]/.test(line))
  return new BrowserLaunchError(`${executablePath} did not start as a Chromium or Chrome browser (${reason?.replace(/^browserType\.launch: /, '') ?? 'no reason given'}); set CHROMIUM_PATH or --browser to a Chromium or Chrome executable`)
}

export interface LaunchOptions {
  /** The browser to start; findBrowser() when not given. */
  executablePath?: string
  /**
   * The program's stop request. When given, signals are left to the program (which closes the
   * browser itself), and a browser that finishes starting after it fired is closed at once.
   */
  signal?: AbortSignal
}

/** Starts headless Chromium with CHROMIUM_ARGS; a browser that will not start is a BrowserLaunchError. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? findBrowser()
  const ownSignals = options.signal !== undefined
  let browser: Browser
  try {
    browser = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS],
      handleSIGINT: !ownSignals,
      handleSIGTERM: !ownSignals,
      handleSIGHUP: !ownSignals,
    })
  }
  catch (error) {
    throw launchFailure(executablePath, error)
  }
  if (options.signal?.aborted) {
    await closeBrowser(browser)
    options.signal.throwIfAborted()
  }
  return browser
}

/** Closes the browser without waiting long for it: on exit Playwright kills what is left of it. */
export async function closeBrowser(browser: Browser): Promise<void> {
  await Promise.race([browser.close().catch(() => undefined), new Promise(resolve => setTimeout(resolve, CLOSE_GRACE_MS))])
}
