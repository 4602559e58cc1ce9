import type { Page } from '@playwright/test'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import type { Overflow } from '../../tools/export/overflow'
import { loadDeck } from '../../kit/deck/loadDeck'
import { findOverflow as findSlideOverflow } from '../../tools/export/overflow'
import { root } from './root'
import { splitWords } from './splitWords'

export interface DeckStep {
  slide: number
  clicks: number
}

/** Waits until slide `no` is on screen, its fonts loaded and its diagrams drawn. */
export async function waitForSlide(page: Page, no: number): Promise<void> {
  await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
  await page.waitForFunction((n) => {
    const slide = document.querySelector(`.slidev-page-${n}`)
    return !!slide && !slide.querySelector('[data-status="pending"]') && document.fonts.status === 'loaded'
  }, no)
  // The slide fades in, and a click's items with it: what it shows is only settled once its
  // transitions have run. Vue starts them a frame after the change, so wait two frames first;
  // endless animations (a spinner) never settle and are not waited for.
  await page.evaluate(async () => {
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const finite = document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime !== Infinity)
    await Promise.all(finite.map(a => a.finished.catch(() => undefined)))
  })
}

export async function gotoStep(page: Page, step: DeckStep): Promise<void> {
  await page.goto(step.clicks > 0 ? `/${step.slide}?clicks=${step.clicks}` : `/${step.slide}`)
  await waitForSlide(page, step.slide)
}

function stepOf(url: string): DeckStep {
  const { pathname, searchParams } = new URL(url)
  return { slide: Number(pathname.split('/').pop()), clicks: Number(searchParams.get('clicks') ?? 0) }
}

/**
 * Walks the deck as a presenter does, pressing → from the first slide until
 * nothing changes, and calls `visit` at every step (each click of each slide).
 */
export async function walkDeck(page: Page, visit: (step: DeckStep) => Promise<void>): Promise<DeckStep[]> {
  await gotoStep(page, { slide: 1, clicks: 0 })
  const steps: DeckStep[] = []
  for (;;) {
    const step = stepOf(page.url())
    await waitForSlide(page, step.slide)
    steps.push(step)
    await visit(step)
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    try {
      await page.waitForURL(url => url.toString() !== before, { timeout: 3000 })
    }
    catch {
      return steps
    }
  }
}

/**
 * What a person would see cut off on slide `no` on screen: the export's own check
 * (`findOverflow` in tools/export/overflow.ts), on the slide at its current click.
 */
export async function findOverflow(page: Page, no: number): Promise<Overflow[]> {
  const [problems] = await page.locator(`.slidev-page-${no}`).evaluateAll(findSlideOverflow, 1)
  if (!problems)
    throw new Error(`slide ${no} is not on the page`)
  return problems
}

/** Lines of Chinese prose closer than this (line height over font size) run into each other. */
const PROSE_LINE_SPACING = 1.5

/**
 * The Markdown prose on slide `no` (its paragraphs, list items and quotes, outside any component)
 * set under `minPx` or with its lines closer than 1.5: the lesson's own sentences, held to the
 * sentences' size. As "text" lines saying what is wrong.
 */
export async function proseProblems(page: Page, no: number, minPx: number): Promise<string[]> {
  return page.locator(`.slidev-page-${no} .slidev-layout > :is(p, ul, ol, blockquote):not([class])`).evaluateAll((blocks, [min, spacing]) => blocks.flatMap((block) => {
    const style = getComputedStyle(block)
    const size = Number.parseFloat(style.fontSize)
    const text = `"${(block.textContent ?? '').trim().slice(0, 30)}" (Markdown ${block.tagName.toLowerCase()})`
    return [
      ...(size < min ? [`${text} ${style.fontSize} < ${min} px`] : []),
      ...(Number.parseFloat(style.lineHeight) / size < spacing ? [`${text} lines ${style.lineHeight} apart at ${style.fontSize}, closer than ${spacing}`] : []),
    ]
  }), [minPx, PROSE_LINE_SPACING] as const)
}

/** Latin words split across two lines on slide `no` (test/support/splitWords.ts). */
export async function findSplitWords(page: Page, no: number): Promise<string[]> {
  return page.locator(`.slidev-page-${no}`).first().evaluate(splitWords)
}

/** An overflow for a test's message: the element, its text, what is wrong and where. */
export function describeOverflow(overflow: Overflow): string {
  return `${overflow.element} "${overflow.text}" ${overflow.reason}${overflow.detail ? ` ${overflow.detail}` : ''}`
}

/** Every request a page makes that is not to the deck's own server. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url)
  })
  return foreign
}

/** Console errors and uncaught exceptions. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(error.message))
  return errors
}

/** The deck's slides as Slidev parses them (titles, notes, plan ids). */
export async function loadDeckSlides(): Promise<DeckSlide[]> {
  return loadDeck(root)
}

/** The number of the slide showing a plan entry, so tests follow slides.md when it is reordered. */
export function slideNoOf(slides: readonly DeckSlide[], plan: string): number {
  const slide = slides.find(s => s.frontmatter.plan === plan)
  if (!slide)
    throw new Error(`no slide has "plan: ${plan}" (is its file included from slides.md?)`)
  return slide.no
}
