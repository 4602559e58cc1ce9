import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { lesson } from '../../data'
import { gotoStep, waitForSlide } from '../support/deckPage'

interface PlatformFont {
  familyName: string
  postScriptName: string
  isCustomFont: boolean
  glyphCount: number
}

/**
 * The fonts Chromium really drew slide `no`'s text with (DevTools' "Rendered Fonts"), with the
 * text drawn in each: a glyph the bundled font lacks shows up here as a system fallback.
 */
async function renderedFonts(page: Page, no: number): Promise<Map<string, string>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `.slidev-page-${no} *` })
  const used = new Map<string, string>()
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }) as { fonts: PlatformFont[] }
    if (fonts.length === 0)
      continue
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId })
    for (const font of fonts.filter(f => f.glyphCount > 0)) {
      const name = `${font.familyName} (${font.postScriptName}${font.isCustomFont ? ', web font' : ''})`
      used.set(name, used.get(name) ?? outerHTML.replace(/<[^>]+>/g, '').slice(0, 40))
    }
  }
  await cdp.detach()
  return used
}

// The headmatter's monospace family (fonts.mono), for the lab's address; it has no CJK glyphs,
// so Chinese set in it would show up as yet another font.
const MONO = 'DejaVu Sans Mono (DejaVuSansMono)'

test('every slide\'s text is drawn in the bundled Noto Sans SC, regular and bold, with no system fallback', async ({ page }) => {
  const seen = new Set<string>()
  for (let no = 1; no <= lesson.plan.length; no++) {
    await gotoStep(page, { slide: no, clicks: 99 })
    const fonts = await renderedFonts(page, no)
    for (const [font, sample] of fonts) {
      if (font === MONO)
        continue
      expect(font, `slide ${no}: "${sample}" is drawn in ${font}`).toMatch(/^Noto Sans SC \(NotoSansSC-(?:Regular|Bold), web font\)$/)
      seen.add(font)
    }
  }
  expect([...seen].sort()).toEqual(['Noto Sans SC (NotoSansSC-Bold, web font)', 'Noto Sans SC (NotoSansSC-Regular, web font)'])
})

test('the first slide loads a part of the font, as woff2 only, and the rest comes with the slides that need it', async ({ page }) => {
  const fonts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'font')
      fonts.push(new URL(request.url()).pathname)
  })
  await page.goto('/1')
  await waitForSlide(page, 1)
  await page.waitForLoadState('networkidle')
  const first = [...fonts]
  expect(first.length).toBeGreaterThan(0)
  expect(first.filter(path => !path.endsWith('.woff2'))).toEqual([])

  for (let no = 2; no <= lesson.plan.length; no++) {
    await page.keyboard.press('ArrowDown')
    await waitForSlide(page, no)
  }
  await page.waitForLoadState('networkidle')
  expect(fonts.length, 'later slides fetched more of the font').toBeGreaterThan(first.length)
  expect(fonts.filter(path => !path.endsWith('.woff2'))).toEqual([])
})
