/**
 * Markdown's own blocks on the projector and in the PDFs, on a fixture lesson
 * (test/fixtures/blocks-lesson): a YAML code block with Chinese comments and highlight steps, a
 * table, a native Mermaid diagram with Chinese labels, an image, a sequence diagram. Screenshots of each step go to
 * test-results/lessons/blocks/, and of each PDF page beside them.
 */
import type { Page } from 'playwright-core'
import type { Finished } from '../support/exportRun'
import type { PresentedLesson } from '../support/lessonRun'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contrastRatio } from '../../kit/slides/contrast'
import { findOverflow, gotoStep } from '../support/deckPage'
import { runExport } from '../support/exportRun'
import { presentInBrowser } from '../support/lessonRun'
import { compactText, inkOf } from '../support/pdfTools'
import { root } from '../support/root'

const entry = 'test/fixtures/blocks-lesson/slides.md'
const shots = join(root, 'test-results', 'lessons', 'blocks')
const SLIDE = { code: 2, table: 3, diagram: 4, image: 5, sequence: 6 }
const YAML_LINES = ['apiVersion: apps/v1', 'kind: Deployment', 'name: web', 'replicas: 3', 'matchLabels:', 'template:', 'labels:', 'app: web']

let presented: PresentedLesson
let page: Page
let out: string

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'lesson-blocks-'))
  rmSync(shots, { recursive: true, force: true })
  mkdirSync(shots, { recursive: true })
  presented = await presentInBrowser(entry)
  page = presented.page
})

afterAll(async () => {
  await presented?.close()
  rmSync(out, { recursive: true, force: true })
})

interface CodeRun { text: string, px: number, contrast: number, dimmed: boolean }

/** Each token of the slide's code block: its size on the 980-px canvas and its contrast with the block's background. */
async function codeRuns(no: number): Promise<CodeRun[]> {
  const runs = await page.evaluate((n) => {
    const canvas = document.querySelector('#slide-content') as HTMLElement
    const scale = canvas.getBoundingClientRect().width / canvas.offsetWidth
    const pre = document.querySelector(`.slidev-page-${n} pre.slidev-code`)!
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number)
    const background = rgb(getComputedStyle(pre).backgroundColor)
    return [...pre.querySelectorAll('.line span')].filter(span => span.textContent!.trim() !== '' && span.children.length === 0).map((span) => {
      const range = document.createRange()
      range.selectNodeContents(span)
      const fontPx = Number.parseFloat(getComputedStyle(span).fontSize)
      // The rendered size: the font size times every scale on the way (the canvas fitted to the window, any transform).
      const rendered = span.getBoundingClientRect().height / (span as HTMLElement).offsetHeight * fontPx
      return { text: span.textContent!, px: rendered / scale, colour: rgb(getComputedStyle(span).color), background, dimmed: !!span.closest('.slidev-code-dishonored') }
    })
  }, no)
  return runs.map(r => ({ text: r.text, px: r.px, contrast: contrastRatio(r.colour, r.background), dimmed: r.dimmed }))
}

describe('on the projector', () => {
  it('code is at least 16 px, its tokens reach 7:1 at every step, and its Chinese is set in Noto Sans SC', async () => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    for (const clicks of [0, 1, 2]) {
      await gotoStep(page, { slide: SLIDE.code, clicks })
      await page.screenshot({ path: join(shots, `code-click-${clicks}.png`) })
      const runs = await codeRuns(SLIDE.code)
      expect(runs.length).toBeGreaterThan(20)
      expect(runs.filter(r => r.px < 16 - 0.01).map(r => `${r.text} ${r.px.toFixed(1)}px`), `click ${clicks}: code under 16 px`).toEqual([])
      expect(runs.filter(r => r.contrast < 7).map(r => `${r.text} ${r.contrast.toFixed(2)}:1`), `click ${clicks}: tokens under 7:1`).toEqual([])
      expect(await findOverflow(page, SLIDE.code)).toEqual([])
    }
    // The highlight steps still work: the first step leaves the later lines out, the last the first ones.
    await gotoStep(page, { slide: SLIDE.code, clicks: 0 })
    expect((await codeRuns(SLIDE.code)).find(r => r.text.includes('replicas'))!.dimmed).toBe(true)
    await gotoStep(page, { slide: SLIDE.code, clicks: 1 })
    const last = await codeRuns(SLIDE.code)
    expect(last.find(r => r.text.includes('replicas'))!.dimmed).toBe(false)
    expect(last.find(r => r.text.includes('apiVersion'))!.dimmed).toBe(true)

    // Which fonts Chromium drew the Chinese comment with: the bundled subset, no system fallback.
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector: `.slidev-page-${SLIDE.code} pre.slidev-code .line span` })
    const used = new Map<string, number>()
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      for (const font of fonts)
        used.set(font.familyName, (used.get(font.familyName) ?? 0) + font.glyphCount)
    }
    expect([...used.keys()].sort()).toEqual(['DejaVu Sans Mono', 'Noto Sans SC'])
  })

  it('a table is legible: every cell at least 16 px, ruled, nothing cut off', async () => {
    await gotoStep(page, { slide: SLIDE.table, clicks: 0 })
    await page.screenshot({ path: join(shots, 'table.png') })
    const cells = await page.locator(`.slidev-page-${SLIDE.table} :is(th, td)`).evaluateAll(els => els.map(el => Number.parseFloat(getComputedStyle(el).fontSize)))
    expect(cells).toHaveLength(9)
    expect(Math.min(...cells)).toBeGreaterThanOrEqual(16)
    expect(await findOverflow(page, SLIDE.table)).toEqual([])
  })

  it('a native Mermaid diagram draws every Chinese label whole, each label inside its box', async () => {
    await gotoStep(page, { slide: SLIDE.diagram, clicks: 0 })
    await page.locator(`.slidev-page-${SLIDE.diagram} svg .node`).first().waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: join(shots, 'diagram.png') })
    const labels = await page.locator(`.slidev-page-${SLIDE.diagram} svg .node`).evaluateAll(nodes => nodes.map((node) => {
      const shape = node.querySelector('rect, polygon, path')!.getBoundingClientRect()
      const text = node.querySelector('.nodeLabel, text')!
      const range = document.createRange()
      range.selectNodeContents(text)
      const box = range.getBoundingClientRect()
      const foreign = node.querySelector('foreignObject')?.getBoundingClientRect()
      const clip = foreign ?? shape
      return { text: text.textContent, fits: box.left >= clip.left - 1 && box.right <= clip.right + 1 && box.top >= clip.top - 1 && box.bottom <= clip.bottom + 1 && box.width <= shape.width }
    }))
    expect(labels.map(l => l.text)).toEqual(expect.arrayContaining(['Deployment（期望状态）', 'ReplicaSet（当前版本）', 'Pod 副本一']))
    expect(labels.filter(l => !l.fits)).toEqual([])
    expect(await findOverflow(page, SLIDE.diagram)).toEqual([])
  })

  it('a Mermaid diagram of another type than a flowchart (a sequence diagram) draws offline, every message whole', async () => {
    await gotoStep(page, { slide: SLIDE.sequence, clicks: 0 })
    const diagram = page.locator(`.slidev-page-${SLIDE.sequence} svg[aria-roledescription="sequence"]`)
    await diagram.waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: join(shots, 'sequence.png') })
    const texts = await diagram.locator('text').allTextContents()
    expect(texts).toEqual(expect.arrayContaining(['kubectl', 'API Server', '控制器', '提交 Deployment', '通知变更', '创建 ReplicaSet']))
    expect(await findOverflow(page, SLIDE.sequence)).toEqual([])
  })

  it('an image from the lesson\'s public/ shows, with its alt text', async () => {
    await gotoStep(page, { slide: SLIDE.image, clicks: 0 })
    await page.screenshot({ path: join(shots, 'image.png') })
    const image = page.locator(`.slidev-page-${SLIDE.image} img`)
    expect(await image.getAttribute('alt')).toBe('一个 Pod 里有两个容器，共享同一个网络')
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320)
  })
})

describe('in the PDFs', () => {
  let exported: Finished

  it('exports, and prints every code line at full ink', async () => {
    exported = await runExport(['--entry', entry, '--out', out])
    expect(exported.stderr).not.toMatch(/error/i)
    expect(exported.code).toBe(0)
    for (const file of ['slides.pdf', 'handout.pdf']) {
      execFileSync('pdftoppm', ['-png', '-r', '60', join(out, file), join(shots, file.replace('.pdf', ''))])
      const text = compactText(join(out, file))
      for (const line of YAML_LINES)
        expect(text, `${file}: ${line}`).toContain(line.replace(/\s+/g, ''))
    }
    // Lines outside the last highlight step (the slide's final state, which the export prints).
    for (const line of ['apiVersion:', 'template:'])
      expect(inkOf(join(out, 'slides.pdf'), SLIDE.code, line), line).toBeLessThan(80)
    expect(compactText(join(out, 'slides.pdf'), SLIDE.code)).toContain('期望的副本数')
  })
})
