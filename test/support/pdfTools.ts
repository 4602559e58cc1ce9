import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { it } from 'vitest'
import { hasPoppler } from '../../tools/system/poppler'
import { pdfCheckMode } from '../../tools/system/systemCheck'

/** Helpers that read a PDF the way a reader's tools do: poppler's command-line programs. */

const pdfChecks = pdfCheckMode(process.platform, hasPoppler())
// Linux, where the project is tested, needs poppler: no check passes there without it.
if (pdfChecks.mode === 'missing')
  throw new Error(pdfChecks.problem)
if (pdfChecks.mode === 'skip')
  console.warn(pdfChecks.notice)

/** `it` for a check that reads PDFs with poppler: on macOS or Windows without poppler, skipped (and said so above). */
export const itReadingPdf = it.skipIf(pdfChecks.mode === 'skip')

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

export function pdfInfo(file: string): Record<string, string> {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Object.fromEntries(info.split('\n').filter(line => line.includes(':')).map((line) => {
    const at = line.indexOf(':')
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
  }))
}

export interface PdfFont {
  name: string
  embedded: boolean
}

export function fonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  // Columns: name type encoding emb sub uni object-id; the type may contain spaces, so read from the right.
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/)
    return { name: parts[0]!, embedded: parts.at(-5) === 'yes' }
  })
}

/** Text of the PDF with all white space removed, so line breaks inside sentences do not matter. */
export function compactText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Titles of the top-level outline entries, in order. */
export async function outlineTitles(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const title = item.lookup(PDFName.of('Title'))
    if (title instanceof PDFHexString || title instanceof PDFString)
      titles.push(title.decodeText())
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return titles
}

/** Renders one page in grey at low resolution and returns how many distinct grey levels it has. */
export function greyLevels(file: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', String(page), '-l', String(page), file])
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+\d+\s+\d+\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!header)
    throw new Error('pdftoppm did not produce a PGM image')
  const pixels = pgm.subarray(header[0].length)
  return new Set(pixels).size
}

/**
 * How dark the ink of `text` is where it is printed on `page`: the darkest grey (0 black … 255
 * white) inside the box of the first word that begins it, rendered at 144 dpi. Text printed at
 * full strength is near 30; text faded to half strength is above 100.
 */
export function inkOf(file: string, page: number, text: string): number {
  const words = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
  const start = compact(text)
  for (const [, xMin, yMin, xMax, yMax, word] of words.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (!word || !start.startsWith(word))
      continue
    const [x, y, w, h] = [xMin, yMin, Number(xMax) - Number(xMin), Number(yMax) - Number(yMin)].map(v => Math.round(Number(v) * 2))
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', '144', '-f', String(page), '-l', String(page), '-x', String(x), '-y', String(y), '-W', String(w), '-H', String(h), file])
    const header = /^P5\s+\d+\s+\d+\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'))
    if (!header)
      throw new Error('pdftoppm did not produce a PGM image')
    return Math.min(...pgm.subarray(header[0].length))
  }
  throw new Error(`"${text.slice(0, 12)}…" is not on page ${page} of ${file}`)
}

/**
 * The size in pt of the smallest text on a page, as printed: the height of each word's box
 * (pdftotext -bbox, the font's ascent to descent) divided by that of the page's 9 pt footer,
 * 第 N 页, set in the same font, times 9.
 */
export function smallestTextPt(file: string, page: number): number {
  const words = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
  const boxes = [...words.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map(([, yMin, yMax, word]) => ({ height: Number(yMax) - Number(yMin), word: word! }))
  const footer = boxes.findLast(box => box.word === '第')
  if (!footer)
    throw new Error(`page ${page} of ${file} has no 第 N 页 footer to measure against`)
  return Math.min(...boxes.map(box => box.height)) / footer.height * 9
}
