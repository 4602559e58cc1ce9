import type { Page } from '@playwright/test'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import { loadDeck } from '../../kit/deck/loadDeck'
import { root } from './root'

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

export interface Overflow {
  element: string
  text: string
  reason: string
}

/**
 * Elements of slide `no` that a person would see cut off: outside the slide
 * canvas, text clipped by its own box, or a Mermaid label larger than the box
 * Mermaid measured for it.
 */
export async function findOverflow(page: Page, no: number): Promise<Overflow[]> {
  return page.evaluate((n) => {
    const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
    const slide = document.querySelector(`.slidev-page-${n}`)!
    const problems: { element: string, text: string, reason: string }[] = []
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
    const tolerance = 1
    for (const el of slide.querySelectorAll('*')) {
      // Text for screen readers only is clipped on purpose.
      if (el.closest('.sr-only'))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0)
        continue
      if (rect.left < canvas.left - tolerance || rect.top < canvas.top - tolerance
        || rect.right > canvas.right + tolerance || rect.bottom > canvas.bottom + tolerance) {
        problems.push({
          element: name(el),
          text: (el.textContent ?? '').slice(0, 60),
          reason: `outside the slide: (${Math.round(rect.left)},${Math.round(rect.top)})–(${Math.round(rect.right)},${Math.round(rect.bottom)}) vs canvas (${Math.round(canvas.right)},${Math.round(canvas.bottom)})`,
        })
      }
      if (el instanceof HTMLElement && !el.closest('svg')) {
        const style = getComputedStyle(el)
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible'
        if (clips && (el.scrollWidth > el.clientWidth + tolerance || el.scrollHeight > el.clientHeight + tolerance))
          problems.push({ element: name(el), text: (el.textContent ?? '').slice(0, 60), reason: 'content clipped by its own box' })
      }
    }
    for (const fo of slide.querySelectorAll('svg foreignObject')) {
      const label = fo.querySelector('span, p, div > div') as HTMLElement | null
      const box = fo.getBoundingClientRect()
      if (label && label.textContent?.trim()) {
        const content = label.getBoundingClientRect()
        if (content.width > box.width + tolerance || content.height > box.height + tolerance)
          problems.push({ element: 'mermaid label', text: label.textContent, reason: `label ${Math.round(content.width)}×${Math.round(content.height)} in a ${Math.round(box.width)}×${Math.round(box.height)} box` })
      }
    }
    // A subgraph title (a host's name) hidden behind the boxes drawn inside it.
    for (const title of slide.querySelectorAll('svg .cluster-label')) {
      const t = title.getBoundingClientRect()
      for (const node of title.closest('svg')!.querySelectorAll('.node')) {
        const r = node.getBoundingClientRect()
        const overlapX = Math.min(t.right, r.right) - Math.max(t.left, r.left)
        const overlapY = Math.min(t.bottom, r.bottom) - Math.max(t.top, r.top)
        if (overlapX > tolerance && overlapY > tolerance)
          problems.push({ element: 'mermaid subgraph title', text: title.textContent ?? '', reason: `covered by node "${node.textContent}"` })
      }
    }
    return problems
  }, no)
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
