import type { PDFRef } from 'pdf-lib'
import type { ExportDeck } from './deck'
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

/** Sets title, subject, author and keywords of a document from the lesson data. */
export function setMetadata(pdf: PDFDocument, deck: ExportDeck, kind: string): void {
  pdf.setTitle(kind ? `${deck.metadata.title} · ${kind}` : deck.metadata.title, { showInWindowTitleBar: true })
  pdf.setSubject(deck.metadata.subject)
  pdf.setAuthor(deck.metadata.author)
  pdf.setKeywords([deck.metadata.course, deck.metadata.lesson])
  pdf.setLanguage('zh-CN')
  pdf.setCreator('container-clusters-deck export (Slidev + Chromium)')
}

/** Adds a flat PDF outline (bookmarks): one entry per title, pointing at the page of that index. */
export function addOutline(pdf: PDFDocument, titles: readonly string[]): void {
  const pages = pdf.getPages()
  if (titles.length !== pages.length)
    throw new Error(`outline has ${titles.length} titles for ${pages.length} pages`)
  const context = pdf.context
  const outlinesRef = context.nextRef()
  const itemRefs: PDFRef[] = titles.map(() => context.nextRef())
  titles.forEach((title, index) => {
    const page = pages[index]!
    const item = context.obj({
      Title: PDFHexString.fromText(title),
      Parent: outlinesRef,
      // Fit the whole page in the window.
      Dest: [page.ref, PDFName.of('Fit')],
    })
    if (index > 0)
      item.set(PDFName.of('Prev'), itemRefs[index - 1]!)
    if (index < titles.length - 1)
      item.set(PDFName.of('Next'), itemRefs[index + 1]!)
    context.assign(itemRefs[index]!, item)
  })
  context.assign(outlinesRef, context.obj({
    Type: 'Outlines',
    First: itemRefs[0]!,
    Last: itemRefs[itemRefs.length - 1]!,
    Count: PDFNumber.of(titles.length),
  }))
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export { PDFDocument }
