import { readFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

/** One element of a tagged PDF's structure tree, as a screen reader meets it. */
export interface StructureElement {
  /** Its role: H1, P, L, LI, Figure, … */
  type: string
  /** Its alternative text, for a Figure. */
  alt: string | undefined
  /** 1-based page its content is on (its own /Pg, else its first descendant's). */
  page: number | undefined
}

export interface PdfStructure {
  /** The document's language (the catalog's /Lang). */
  lang: string | undefined
  /** Whether the catalog says the document is tagged (/MarkInfo /Marked true). */
  marked: boolean
  /** Every structure element, depth first: the reading order. */
  elements: StructureElement[]
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/** Reads the structure tree (/StructTreeRoot) of a PDF with pdf-lib. */
export async function readStructure(file: string): Promise<PdfStructure> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pageNumbers = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const elements: StructureElement[] = []

  /** Walks a /K entry; returns the first page any content below it is on. */
  const walk = (kid: unknown, seen: Set<string>): number | undefined => {
    if (kid instanceof PDFRef) {
      // A malformed tree could loop; a real one is a tree.
      if (seen.has(kid.toString()))
        return undefined
      seen.add(kid.toString())
      return walk(pdf.context.lookup(kid), seen)
    }
    if (kid instanceof PDFArray) {
      let first: number | undefined
      for (let index = 0; index < kid.size(); index++) {
        const page = walk(kid.get(index), seen)
        first ??= page
      }
      return first
    }
    if (!(kid instanceof PDFDict))
      return undefined
    const own = kid.get(PDFName.of('Pg'))
    const ownPage = own ? pageNumbers.get(own.toString()) : undefined
    const role = kid.get(PDFName.of('S'))
    if (!(role instanceof PDFName))
      return ownPage // a marked-content or object reference
    const element: StructureElement = { type: role.decodeText(), alt: text(kid.lookup(PDFName.of('Alt'))), page: ownPage }
    elements.push(element)
    const below = kid.get(PDFName.of('K'))
    const childPage = below ? walk(below, seen) : undefined
    element.page ??= childPage
    return element.page
  }

  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const top = root?.get(PDFName.of('K'))
  if (top)
    walk(top, new Set())
  const markInfo = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  return {
    lang: text(pdf.catalog.lookup(PDFName.of('Lang'))),
    marked: markInfo?.get(PDFName.of('Marked'))?.toString() === 'true',
    elements,
  }
}

/** How many elements of `type` are on each page, pages 1…`pages`. */
export function countPerPage(structure: PdfStructure, type: string, pages: number): number[] {
  const counts = Array.from({ length: pages }, () => 0)
  for (const element of structure.elements) {
    if (element.type === type && element.page)
      counts[element.page - 1]!++
  }
  return counts
}
