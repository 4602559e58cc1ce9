import type { Browser, Page } from 'playwright-core'
import type { ResourceKind } from '../bench/pageWeight.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kindOf } from '../bench/pageWeight.ts'
import { median } from '../bench/stats.ts'
import { launchChromium } from '../browser/launch.ts'
import { ChildServer } from './childServer.ts'
import { ensurePublicSite, publicServerSetup } from './publicSites.ts'

/** The target for a phone's download before it shows the first slide, on the wire. */
export const PHONE_TARGET_BYTES = 90 * 1024

/** Bytes on the wire as a browser's network panel counts them (headers and encoded bodies). */
export interface Transfer {
  requests: number
  bytes: number
  byKind: Record<ResourceKind, number>
}

export interface PhoneWeightResults {
  runs: number
  /** The first visit with an empty cache, median over the runs. */
  firstVisit: Transfer
  /** A reload of the same page right after. */
  reload: Transfer
  targetBytes: number
}

const QUIET_MS = 500

/**
 * What `visit` makes the page download, from Chromium's own count (CDP's encodedDataLength of
 * each finished request), until the first slide is shown with its fonts and the network has been
 * quiet for half a second.
 */
export async function transferOf(page: Page, visit: () => Promise<unknown>): Promise<Transfer> {
  const cdp = await page.context().newCDPSession(page)
  const urls = new Map<string, { url: string, type: string }>()
  const transfer: Transfer = { requests: 0, bytes: 0, byKind: { js: 0, css: 0, font: 0, image: 0, html: 0, other: 0 } }
  let last = Date.now()
  cdp.on('Network.responseReceived', (event) => {
    urls.set(event.requestId, { url: event.response.url, type: event.response.mimeType })
  })
  cdp.on('Network.loadingFinished', (event) => {
    last = Date.now()
    const response = urls.get(event.requestId)
    transfer.requests++
    transfer.bytes += event.encodedDataLength
    if (response)
      transfer.byKind[kindOf(response.url, response.type)] += event.encodedDataLength
  })
  await cdp.send('Network.enable')
  try {
    await visit()
    await page.locator('main[data-slide="1"]').waitFor()
    await page.waitForFunction(() => document.fonts.status === 'loaded')
    while (Date.now() - last < QUIET_MS)
      await page.waitForTimeout(100)
    return transfer
  }
  finally {
    await cdp.detach()
  }
}

/** A phone (390×844, empty cache) opening /join, then reloading it. */
async function onePhone(browser: Browser, origin: string): Promise<{ firstVisit: Transfer, reload: Transfer }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  try {
    const page = await context.newPage()
    const firstVisit = await transferOf(page, () => page.goto(`${origin}/join`))
    const reload = await transferOf(page, () => page.reload())
    return { firstVisit, reload }
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
  const browser = await launchChromium({ executablePath: browserPath })
  try {
    const visits = []
    for (let i = 0; i < runs; i++)
      visits.push(await onePhone(browser, server.ready.origin))
    const middle = median(visits.map(v => v.firstVisit.bytes))
    const chosen = visits.find(v => v.firstVisit.bytes === middle) ?? visits[0]!
    return { runs, ...chosen, targetBytes: PHONE_TARGET_BYTES }
  }
  finally {
    await browser.close()
    await server.stop()
    rmSync(logDir, { recursive: true, force: true })
  }
}

export function formatPhoneWeight(results: PhoneWeightResults): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
  const { firstVisit, reload } = results
  const kinds = Object.entries(firstVisit.byKind).filter(([, bytes]) => bytes > 0).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')
  const verdict = firstVisit.bytes <= results.targetBytes ? 'met' : 'NOT met'
  return [
    `Phone (/join, 390×844) to the first slide: ${kb(firstVisit.bytes)} transferred (${firstVisit.requests} requests; ${kinds}); target ≤ ${kb(results.targetBytes)}, ${verdict}`,
    `A reload of it: ${kb(reload.bytes)} transferred (${reload.requests} requests)`,
  ].join('\n')
}
