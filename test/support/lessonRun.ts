import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../tools/browser/chromiumArgs'
import { findBrowser } from '../../tools/browser/findBrowser'
import { root } from './root'

export { root }

export interface Served {
  /** The deck's origin on loopback. */
  origin: string
  /** Everything `npm run present` printed. */
  output: string
  stop: () => Promise<void>
}

/** `npm run present -- --entry <entry> --port 0` as a user starts it; resolves once it prints the audience address. */
export function present(entry: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--entry', entry, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>(resolve => child.on('exit', () => resolve()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const origin = /Audience \(projector\): (http:\/\/(?:127\.0\.0\.1|localhost):\d+)\/1/.exec(output)?.[1]
      if (origin)
        resolve({ origin, output, stop })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    void exited.then(() => reject(new Error(`present ended before serving:\n${output}`)))
  })
}

/** Chromium as the browser tests start it: no calls home at start-up. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
    args: [...CHROMIUM_ARGS],
  })
}

/** A page at the deck's origin, 1280×720 as in test/e2e. */
export async function openDeckPage(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 720 } })
  return context.newPage()
}
