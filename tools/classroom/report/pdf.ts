/**
 * Prints a report page as a tagged one-page A4 PDF with the export's Chromium (same launch and
 * flags as the PDFs of the deck) and the deck's font, Noto Sans SC, cut to the page's own
 * characters by the one font pipeline and embedded, so Chinese never falls back to tofu and
 * nothing is fetched. A page that does not fit even with its text shrunk is an error.
 */
import type { Browser } from 'playwright-core'
import type { ReportPage } from './html'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { charactersOf } from '../../../kit/vite/fonts/charset'
import { NOTO_SANS_SC } from '../../../kit/vite/fonts/notoSansSc'
import { subsetToWoff2 } from '../../../kit/vite/fonts/subsetFont'
import { closeBrowser, launchChromium } from '../../browser/launch'

/** Where the report's font subsets are kept between runs (inside the project). */
export function reportFontCache(root: string): string {
  return join(root, 'node_modules/.cache/class-report-fonts')
}

async function fontFaces(text: string, cacheDir: string): Promise<string> {
  const characters = charactersOf(text).join('')
  const faces = await Promise.all(NOTO_SANS_SC.weights.map(async ({ weight, path }) => {
    const file = await subsetToWoff2(path, characters, cacheDir, `report-${weight}`)
    const data = Buffer.from(readFileSync(file)).toString('base64')
    return `@font-face { font-family: ${JSON.stringify(NOTO_SANS_SC.family)}; font-weight: ${weight}; src: url(data:font/woff2;base64,${data}) format("woff2") }`
  }))
  return faces.join('\n')
}

/**
 * Runs in the page: shrinks the text and the chart together until the page's content fits one
 * A4 page; returns the scale used, or 0 when even the smallest does not fit.
 */
function fitOnePage(): number {
  // A4 at 96 px per inch, less the page's margins (12 mm top and bottom).
  const room = (297 - 24) / 25.4 * 96
  const root = document.documentElement
  const main = document.querySelector('main')!
  for (let scale = 1; scale >= 0.6; scale -= 0.025) {
    root.style.fontSize = `${10 * scale}pt`
    root.style.setProperty('--chart-width', `${100 * scale}%`)
    if (main.getBoundingClientRect().height <= room - 2)
      return scale
  }
  return 0
}

export interface PrintOptions {
  /** The project's folder: the font subsets' cache lives in it. */
  root: string
  signal: AbortSignal
}

/** Prints each page with one browser (the export's launch), in order. */
export async function printReportPdfs(pages: readonly ReportPage[], browserPath: string, options: PrintOptions): Promise<Uint8Array[]> {
  const browser = await launchChromium({ executablePath: browserPath, signal: options.signal })
  try {
    const pdfs: Uint8Array[] = []
    for (const page of pages)
      pdfs.push(await printReportPdf(browser, page, options))
    return pdfs
  }
  finally {
    await closeBrowser(browser)
  }
}

async function printReportPdf(browser: Browser, reportPage: ReportPage, options: PrintOptions): Promise<Uint8Array> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.setContent(reportPage.html, { waitUntil: 'load' })
    const text = `${reportPage.title}\n${await page.evaluate(() => document.body.textContent ?? '')}`
    const css = await fontFaces(text, reportFontCache(options.root))
    options.signal.throwIfAborted()
    await page.evaluate(async (rules) => {
      const style = document.createElement('style')
      style.textContent = rules
      document.head.prepend(style)
      await Promise.all(['400', '700'].map(weight => document.fonts.load(`${weight} 10pt "Noto Sans SC"`, document.body.textContent ?? '')))
      await document.fonts.ready
    }, css)
    const scale = await page.evaluate(fitOnePage)
    if (scale === 0)
      throw new Error(`${reportPage.title} does not fit on one page even with its text shrunk`)
    const printed = await page.pdf({ format: 'A4', printBackground: true, tagged: true, preferCSSPageSize: true })
    const pdf = await PDFDocument.load(printed, { updateMetadata: false })
    if (pdf.getPageCount() !== 1)
      throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${reportPage.title}; it must be one`)
    pdf.setTitle(reportPage.title, { showInWindowTitleBar: true })
    pdf.setLanguage('zh-CN')
    pdf.setCreator('container-clusters-deck class report (Chromium)')
    return await pdf.save()
  }
  finally {
    await context.close()
  }
}
