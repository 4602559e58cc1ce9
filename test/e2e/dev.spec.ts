import type { Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { lesson } from '../../data'
import { findOverflow, loadDeckSlides, slideNoOf, waitForSlide, watchErrors, watchForeignRequests } from '../support/deckPage'

// The dev server (`npm run dev`) compiles on demand and pre-bundles dependencies
// differently from the build: Mermaid once failed here while the build was fine.
const devURL = `http://localhost:${process.env.DEV_PORT}`
test.use({ baseURL: devURL })

const dialogueFile = resolve(import.meta.dirname, '../../data/dialogue.ts')

/** Opens the dialogue slide (`query` as in `?clicks=1`) and waits for it; its number. */
async function openDialogueSlide(page: Page, query = ''): Promise<number> {
  const no = slideNoOf(await loadDeckSlides(), 'dialogue-problem')
  await page.goto(`/${no}${query}`)
  await waitForSlide(page, no)
  return no
}

/**
 * The dev server's file watcher (chokidar) drops a second change to a file within 50 ms of the
 * first; an author's saves are seconds apart. Each save waits until that long after the last.
 */
const WATCHER_QUIET_MS = 150
let lastSave = 0
async function saveDialogue(text: string): Promise<void> {
  const wait = lastSave + WATCHER_QUIET_MS - Date.now()
  if (wait > 0)
    await new Promise(resolve => setTimeout(resolve, wait))
  writeFileSync(dialogueFile, text)
  lastSave = Date.now()
}

/** Runs `check` while data/dialogue.ts holds `edit` of its text, and puts the file back even when the check fails. */
async function whileDialogueEdited(edit: (source: string) => string, check: () => Promise<void>): Promise<void> {
  const original = readFileSync(dialogueFile, 'utf8')
  try {
    await saveDialogue(edit(original))
    await check()
  }
  finally {
    await saveDialogue(original)
  }
}

test('npm run dev serves the diagrams, the notes and nothing from the network', async ({ page }) => {
  const slides = await loadDeckSlides()
  const errors = watchErrors(page)
  const foreign = watchForeignRequests(page, devURL)
  for (const plan of ['single-risks', 'cluster-scaling']) {
    const no = slideNoOf(slides, plan)
    await page.goto(`/${no}?clicks=99`)
    await waitForSlide(page, no)
    const figures = page.locator(`.slidev-page-${no} figure.mermaid-diagram`)
    // Generous: the dev server compiles Mermaid's chunks on first use.
    await expect(figures.first()).toBeVisible({ timeout: 30_000 })
    for (const figure of await figures.all())
      await expect(figure).toHaveAttribute('data-status', 'rendered', { timeout: 30_000 })
    expect(await findOverflow(page, no)).toEqual([])
  }
  await page.goto('/presenter/2')
  await waitForSlide(page, 2)
  await expect(page.getByText(lesson.plan[1]!.question)).toBeVisible()
  // Vite's dev client talks to its own server over a websocket on the same origin; nothing else.
  expect(foreign.filter(url => !url.startsWith(devURL.replace('http', 'ws')))).toEqual([])
  expect(errors).toEqual([])
})

test('npm run dev never reloads the page while the presenter moves through the deck', async ({ page }) => {
  const slides = await loadDeckSlides()
  let loads = 0
  page.on('load', () => loads++)
  await page.goto('/1')
  await waitForSlide(page, 1)
  for (let no = 2; no <= slides.length; no++) {
    // ↓ goes to the next slide without stepping through its clicks.
    await page.keyboard.press('ArrowDown')
    await waitForSlide(page, no)
  }
  // Vite re-bundles a late-discovered dependency in the background, then reloads.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1500)
  // A late-discovered dependency makes Vite reload the page, in front of the class.
  expect(loads).toBe(1)
})

test('npm run dev shows an edit to a data file on the slide in place: no reload, same slide, same click', async ({ page }) => {
  const sentence = lesson.dialogue[1]!.text
  // Characters the lesson already has, so the font needs no new glyph.
  const edited = `${sentence.slice(0, -1)}，容器集群。`
  let loads = 0
  page.on('load', () => loads++)
  const no = await openDialogueSlide(page, '?clicks=1')
  const slide = page.locator(`.slidev-page-${no}`)
  await expect(slide.getByText(sentence)).toBeVisible()
  await whileDialogueEdited(source => source.replace(sentence, edited), async () => {
    await expect(slide.getByText(edited)).toBeVisible({ timeout: 20_000 })
  })
  await expect(slide.getByText(sentence)).toBeVisible({ timeout: 20_000 })
  expect(new URL(page.url()).pathname).toBe(`/${no}`)
  expect(new URL(page.url()).searchParams.get('clicks')).toBe('1')
  expect(loads).toBe(1)
})

// After the in-place edit on purpose: a data file hot-updated once must still bring new glyphs.
test('npm run dev gives a character new to the deck its glyphs: the page reloads once the font subset has it', async ({ page }) => {
  const sentence = lesson.dialogue[1]!.text
  // 龘 (U+9F98): in Noto Sans SC, in no source of the deck.
  const edited = `${sentence.slice(0, -1)}龘。`
  const covers = (codePoint: string) => page.evaluate(code => [...document.fonts].some(face => face.family.includes('Noto Sans SC') && face.unicodeRange.toUpperCase().includes(code)), codePoint)
  const no = await openDialogueSlide(page, '?clicks=1')
  expect(await covers('U+9F98')).toBe(false)
  await whileDialogueEdited(source => source.replace(sentence, edited), async () => {
    await expect.poll(() => covers('U+9F98').catch(() => false), { timeout: 60_000 }).toBe(true)
    await expect(page.locator(`.slidev-page-${no}`).getByText(edited)).toBeVisible({ timeout: 20_000 })
  })
})

test('npm run dev shows a data error over the slide, naming file and field, and recovers when fixed', async ({ page }) => {
  const speaker = lesson.dialogue[0]!.speaker
  const no = await openDialogueSlide(page)
  const overlay = page.locator('vite-error-overlay')
  await whileDialogueEdited(source => source.replace(`speaker: '${speaker}'`, 'speaker: \'xiaowang\''), async () => {
    await expect(overlay).toContainText('data/dialogue.ts: dialogue[0].speaker: unknown speaker "xiaowang"', { timeout: 20_000 })
    // The slide stays behind the message: not a blank page.
    await expect(page.locator(`.slidev-page-${no}`).getByText(lesson.dialogue[0]!.text)).toBeAttached()
  })
  await expect(page.locator(`.slidev-page-${no}`).getByText(lesson.dialogue[0]!.text)).toBeVisible({ timeout: 20_000 })
})
