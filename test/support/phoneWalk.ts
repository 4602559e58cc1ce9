import type { Page } from '@playwright/test'
import type { RunningClassroom } from './classroomPage'
import { expect } from '@playwright/test'
import { presenterGo } from './classroomPage'
import { splitWords } from './splitWords'

/** What one state of one slide shows on a phone, as a person would find it. */
export interface PhoneState {
  slide: number
  click: number
  /** Slide source that reached the screen as text: fences, table pipes, Mermaid, tags, bindings. */
  rawHits: string[]
  codeBlocks: number
  tables: number
  /** Ids of the diagrams drawn as SVG with their labels as text. */
  diagrams: string[]
  /** Text under 16 CSS px as drawn (a diagram's labels too), as "text: px". */
  smallText: string[]
  /** Table cells and code lines, as their text, that run past the screen's right edge (to be scrolled to, if at all). */
  offScreen: string[]
  /** Latin words or numbers split across two lines outside code and addresses ("Deploymen / t"), as the word. */
  brokenWords: string[]
  /** How far the page runs past the screen's width (0: it does not). */
  overflowPx: number
  /** Images without alt text, or that did not load. */
  badImages: string[]
}

/** Reads the phone's slide as it is on screen. Evaluated in the page. */
function readState(): Omit<PhoneState, 'slide' | 'click' | 'brokenWords'> {
  const root = document.querySelector('.phone-slide')!
  const RAW = [
    /`{3}/,
    /^\s*\|.*\|\s*$/m,
    /\|\s*-{3,}\s*\|/,
    /\b(?:flowchart|graph)\s+(?:LR|RL|TD|TB|BT)\b|sequenceDiagram|classDiagram/,
    /<\/?[A-Z][A-Za-z]+[\s/>]/,
    /\{\{|\}\}/,
    /\$(?:lesson|topology|slidev)\b/,
    /\bv-(?:click|clicks|for|if|bind)\b/,
    /!\[[^\]]*\]\(/,
  ]
  const prose = root.cloneNode(true) as Element
  for (const code of prose.querySelectorAll('pre, svg'))
    code.remove()
  const proseText = prose.textContent ?? ''
  const codeText = [...root.querySelectorAll('pre')].map(pre => pre.textContent ?? '').join('\n')
  const rawHits = [
    ...RAW.map(pattern => pattern.exec(proseText)?.[0]).filter((hit): hit is string => hit !== undefined),
    ...(/`{3}/.test(codeText) ? ['```'] : []),
  ]

  const diagrams = [...root.querySelectorAll('svg')]
    .filter(svg => svg.querySelector('text, foreignObject') !== null && (svg.getAttribute('aria-roledescription') ?? svg.id).length > 0)
    .map(svg => svg.id)

  const smallText: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const parent = node.parentElement
    if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0)
      continue
    // A diagram's label is drawn at its font size times the drawing's scale on this screen.
    const drawing = (parent.closest('foreignObject') ?? parent.closest('text')) as SVGGraphicsElement | null
    const scale = parent.closest('svg') ? (drawing ?? parent as unknown as SVGGraphicsElement).getScreenCTM()?.a ?? 1 : 1
    const px = Math.round(Number.parseFloat(getComputedStyle(parent).fontSize) * scale * 10) / 10
    // Half a pixel for the rounding of a diagram's width.
    if (px + (parent.closest('svg') ? 0.5 : 0) < 16)
      smallText.push(`${node.textContent.trim().slice(0, 20)}: ${px}`)
  }

  return {
    rawHits,
    codeBlocks: root.querySelectorAll('pre code').length,
    tables: root.querySelectorAll('table').length,
    diagrams,
    smallText,
    offScreen: [...root.querySelectorAll('td, th, pre .line')]
      .filter(el => el.getClientRects().length > 0 && el.getBoundingClientRect().right > window.innerWidth + 1)
      .map(el => (el.textContent ?? '').trim().slice(0, 20)),
    overflowPx: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
    badImages: [...root.querySelectorAll('img')].filter(img => !img.alt.trim() || img.naturalWidth === 0).map(img => img.src),
  }
}

/** The number of slides the phone's bar announces ("第 1 / 22 页"). */
export async function phoneSlideCount(phone: Page): Promise<number> {
  const bar = await phone.locator('header span').first().textContent()
  return Number(/\/\s*(\d+)/.exec(bar ?? '')?.[1])
}

/**
 * Moves the class to every slide and every click in turn and reads the phone at each;
 * `onSlide` runs at each slide's last click (for a screenshot).
 */
export async function walkPhone(classroom: RunningClassroom, phone: Page, onSlide: (no: number) => Promise<void>): Promise<PhoneState[]> {
  const main = phone.locator('main')
  const count = await phoneSlideCount(phone)
  expect(count).toBeGreaterThan(0)
  const states: PhoneState[] = []
  for (let slide = 1; slide <= count; slide++) {
    await presenterGo(classroom, slide, 0)
    await expect(main).toHaveAttribute('data-slide', String(slide))
    const clicks = Number(await main.getAttribute('data-clicks'))
    for (let click = 0; click <= clicks; click++) {
      if (click > 0)
        await presenterGo(classroom, slide, click)
      await expect(main).toHaveAttribute('data-click', String(click))
      await phone.evaluate(() => document.fonts.ready)
      // An image still loading is not one that failed: wait until each has loaded or failed.
      await phone.waitForFunction(() => [...document.querySelectorAll('.phone-slide img')].every(img => (img as HTMLImageElement).complete))
      states.push({ slide, click, ...await phone.evaluate(readState), brokenWords: await phone.locator('.phone-slide').evaluate(splitWords) })
    }
    await onSlide(slide)
  }
  return states
}
