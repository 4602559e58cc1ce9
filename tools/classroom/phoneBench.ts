import type { PageWeight, Resource } from '../bench/pageWeight.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { pageWeight, resourceOf } from '../bench/pageWeight.ts'
import { median } from '../bench/stats.ts'
import { CHROMIUM_ARGS } from '../browser/chromiumArgs.ts'
import { ChildServer } from './childServer.ts'
import { ensurePublicSite, publicServerSetup } from './publicSites.ts'

/** The target for a phone's download before it shows the first slide. */
export const PHONE_TARGET_GZIP_BYTES = 150 * 1024

export interface PhoneWeightResults {
  runs: number
  /** Median over the runs; fonts included. */
  gzipBytes: number
  bytes: number
  requests: number
  gzipByKind: PageWeight['gzipByKind']
  targetGzipBytes: number
}

const QUIET_MS = 500

/**
 * Bytes a phone (390×844, empty cache) downloads from /join until the first slide is on screen
 * with its fonts loaded and no request has been made for half a second: gzip level 6 of every
 * response body (the server may not compress; this is what it would cost if it did, as the
 * deck's own figure is counted).
 */
async function onePhone(browser: Awaited<ReturnType<typeof chromium.launch>>, origin: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  try {
    const page = await context.newPage()
    const pending: Promise<Resource | null>[] = []
    let last = Date.now()
    page.on('response', (response) => {
      last = Date.now()
      pending.push(response.body().then(body => resourceOf(response.url(), response.headers()['content-type'] ?? '', body)).catch(() => null))
    })
    await page.goto(`${origin}/join`)
    await page.locator('main[data-slide="1"]').waitFor()
    await page.waitForFunction(() => document.fonts.status === 'loaded')
    while (Date.now() - last < QUIET_MS)
      await page.waitForTimeout(100)
    return pageWeight((await Promise.all(pending)).filter((r): r is Resource => r !== null))
  }
  finally {
    await context.close()
  }
}

/** Builds the public site if needed, serves it on 127.0.0.1 and measures `runs` fresh phones. */
export async function measurePhoneFirstSlide(root: string, browserPath: string, runs = 3): Promise<PhoneWeightResults> {
  await ensurePublicSite(root)
  const logDir = mkdtempSync(join(tmpdir(), 'phone-bench-'))
  const server = await ChildServer.start(root, await publicServerSetup(root, logDir))
  const browser = await chromium.launch({ executablePath: browserPath, args: [...CHROMIUM_ARGS] })
  try {
    const weights: PageWeight[] = []
    for (let i = 0; i < runs; i++)
      weights.push(await onePhone(browser, server.ready.origin))
    const middle = median(weights.map(w => w.gzipBytes))
    const chosen = weights.find(w => w.gzipBytes === middle) ?? weights[0]!
    return { runs, gzipBytes: chosen.gzipBytes, bytes: chosen.bytes, requests: chosen.requests, gzipByKind: chosen.gzipByKind, targetGzipBytes: PHONE_TARGET_GZIP_BYTES }
  }
  finally {
    await browser.close()
    await server.stop()
    rmSync(logDir, { recursive: true, force: true })
  }
}

export function formatPhoneWeight(results: PhoneWeightResults): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
  const kinds = Object.entries(results.gzipByKind).filter(([, bytes]) => bytes > 0).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')
  const verdict = results.gzipBytes <= results.targetGzipBytes ? 'met' : 'NOT met'
  return `Phone (/join, 390×844) to the first slide: ${kb(results.gzipBytes)} gzip (${kb(results.bytes)} raw, ${results.requests} requests; ${kinds}); target ≤ ${kb(results.targetGzipBytes)}, ${verdict}`
}
