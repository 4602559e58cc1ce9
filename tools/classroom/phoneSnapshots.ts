import type { Browser, Page } from 'playwright-core'
import type { PhoneSlide } from '../../kit/classroom/phoneDeck.ts'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../browser/launch.ts'
import { startStaticServer } from '../server/staticServer.ts'

const BROWSER_SCRIPT = readFileSync(new URL('phoneSnapshot.browser.js', import.meta.url), 'utf8')

/** The phone's own rules for what any slide may hold (kit/classroom/apps/phoneSlide.css). */
const PHONE_SLIDE_CSS = new URL('../../kit/classroom/apps/phoneSlide.css', import.meta.url)

/** The smallest text a phone shows, in CSS px. */
export const PHONE_MIN_TEXT_PX = 16
/** What the images of one slide may weigh together on a phone. */
export const PHONE_IMAGE_BUDGET_BYTES = 150 * 1024
/** The phone the layout is checked on (CSS px). */
export const PHONE_VIEWPORT = { width: 390, height: 844 }
/** How long one slide may take to finish drawing (fonts, diagrams) before the build gives up. */
const READY_TIMEOUT_MS = 30_000
/** How long the last slide is given to show one more click before the walk ends. */
const LAST_CLICK_WAIT_MS = 5000

/** Thrown when a slide cannot be shown on a phone; the message names the slide and the part. */
export class PhoneLayoutError extends Error {
  override name = 'PhoneLayoutError'
}

export interface PhoneSnapshots {
  slides: PhoneSlide[]
  /** The deck's style rules that reach the slides (with their narrow variants). */
  css: string
}

interface Taken { markup: string, images: { src: string, alt: string }[] }

function position(url: string): { slide: number, click: number } {
  const { pathname, searchParams } = new URL(url)
  return { slide: Number(/\/(\d+)$/.exec(pathname)?.[1] ?? 1), click: Number(searchParams.get('clicks') ?? 0) }
}

async function takeWhenReady(page: Page, no: number): Promise<Taken> {
  await page.waitForFunction(n => (window as unknown as { phoneSnapshot: { ready: (n: number) => boolean } }).phoneSnapshot.ready(n), no, { timeout: READY_TIMEOUT_MS })
  // Components update their click state on the next frame.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return page.evaluate(([n, min]) => (window as unknown as { phoneSnapshot: { take: (n: number, min: number) => Taken } }).phoneSnapshot.take(n, min), [no, PHONE_MIN_TEXT_PX] as const)
}

function imageBytes(siteDir: string, src: string): number {
  if (src.startsWith('data:'))
    return src.length
  try {
    return statSync(join(siteDir, decodeURIComponent(src))).size
  }
  catch {
    return 0
  }
}

/** Stops on an image without alt text, or a slide whose images weigh more than a phone should load. */
export function checkSlideImages(siteDir: string, no: number, title: string, images: Taken['images']): void {
  for (const image of images) {
    if (!image.alt.trim())
      throw new PhoneLayoutError(`slide ${no} (${title}): the image ${image.src} has no alt text, which a phone shows when the image cannot load`)
  }
  const unique = [...new Set(images.map(i => i.src))]
  const bytes = unique.reduce((sum, src) => sum + imageBytes(siteDir, src), 0)
  if (bytes > PHONE_IMAGE_BUDGET_BYTES)
    throw new PhoneLayoutError(`slide ${no} (${title}): its images weigh ${Math.ceil(bytes / 1024)} KB (${unique.join(', ')}), over the phone's ${PHONE_IMAGE_BUDGET_BYTES / 1024} KB a slide`)
}

/**
 * Walks the public deck in `siteDir` (served on 127.0.0.1) click by click from the first slide
 * to the last, as the projector shows it, and keeps each state as markup. `titles` are the deck's
 * slide titles by number (kit/deck/loadDeck.ts).
 */
export async function walkDeck(browser: Browser, siteDir: string, titles: ReadonlyMap<number, string>): Promise<PhoneSnapshots & { images: Map<number, Taken['images']> }> {
  const server = await startStaticServer(siteDir)
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  try {
    await page.addInitScript(BROWSER_SCRIPT)
    await page.goto(`${server.url}/1`)
    const states = new Map<number, string[]>()
    const images = new Map<number, Taken['images']>()
    let at = position(page.url())
    const lastSlide = Math.max(...titles.keys())
    for (;;) {
      const taken = await takeWhenReady(page, at.slide)
      const list = states.get(at.slide) ?? []
      list[at.click] = taken.markup
      states.set(at.slide, list)
      images.set(at.slide, [...(images.get(at.slide) ?? []), ...taken.images])
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      // The last click of the last slide goes nowhere; anywhere else the deck must move.
      const last = at.slide >= lastSlide
      const moved = await page.waitForURL(url => url.href !== before, { timeout: last ? LAST_CLICK_WAIT_MS : READY_TIMEOUT_MS }).then(() => true, () => false)
      if (!moved && last)
        break
      if (!moved)
        throw new PhoneLayoutError(`slide ${at.slide} at click ${at.click}: the deck did not move on to the next click or slide`)
      at = position(page.url())
    }
    if (states.size !== titles.size)
      throw new PhoneLayoutError(`stepping through the deck reached ${states.size} of its ${titles.size} slides`)
    const css = await page.evaluate(() => (window as unknown as { phoneSnapshot: { styles: () => string } }).phoneSnapshot.styles())
    const slides = [...states].map(([no, clicks]) => {
      const missing = clicks.findIndex(markup => markup === undefined)
      if (missing >= 0)
        throw new PhoneLayoutError(`slide ${no}: click ${missing} was never shown while stepping through the deck`)
      return { no, title: titles.get(no) ?? '', states: clicks }
    })
    return { slides, css, images }
  }
  finally {
    await page.close()
    await server.close()
  }
}

/** How many problems one failed build lists: the first ones say enough. */
const LISTED_PROBLEMS = 12

/**
 * Lays each state out at a phone's width with the deck's rules and the phone's, and returns what
 * a phone cannot show, as lines naming the slide, the click and the part.
 */
export async function phoneLayoutProblems(browser: Browser, snapshots: PhoneSnapshots): Promise<string[]> {
  const page = await browser.newPage({ viewport: PHONE_VIEWPORT })
  try {
    const base = readFileSync(PHONE_SLIDE_CSS, 'utf8')
    const lines: string[] = []
    for (const slide of snapshots.slides) {
      for (const [click, markup] of slide.states.entries()) {
        await page.setContent(`<!doctype html><html><head><style>body{margin:0;padding:0 1rem;font-size:18px}${snapshots.css}\n${base}</style></head><body><main class="phone-slide">${markup}</main></body></html>`)
        await page.addScriptTag({ content: BROWSER_SCRIPT })
        const problems = await page.evaluate(min => (window as unknown as { phoneLayoutProblems: (min: number) => string[] }).phoneLayoutProblems(min), PHONE_MIN_TEXT_PX)
        lines.push(...problems.map(problem => `slide ${slide.no} (${slide.title}) at click ${click}: ${problem}`))
      }
    }
    return lines
  }
  finally {
    await page.close()
  }
}

/**
 * Every slide of the public deck built in `siteDir`, at every click, as a phone receives it:
 * the markup the deck's own components and Markdown rendered (Mermaid already drawn as SVG),
 * and the deck's rules for it. Only the public build is walked, so no notes and no answers are
 * in it. A slide a phone cannot show (text under 16 px, a part wider than the screen that does
 * not scroll, images over budget or without alt text) stops the build, naming it.
 */
export async function snapshotPublicDeck(siteDir: string, titles: ReadonlyMap<number, string>): Promise<PhoneSnapshots> {
  const browser = await launchChromium()
  try {
    const { slides, css, images } = await walkDeck(browser, siteDir, titles)
    for (const slide of slides)
      checkSlideImages(siteDir, slide.no, slide.title, images.get(slide.no) ?? [])
    const snapshots = { slides, css }
    const problems = await phoneLayoutProblems(browser, snapshots)
    if (problems.length > 0)
      throw new PhoneLayoutError(`${problems.length} part(s) of slides cannot be laid out for a phone:\n${problems.slice(0, LISTED_PROBLEMS).join('\n')}`)
    return snapshots
  }
  finally {
    await browser.close()
  }
}
