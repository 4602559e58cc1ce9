/**
 * Page geometry shared by the HTML that Chromium lays out (header, lines, notes text) and by
 * the PDF composition that places the slide pages into the boxes that HTML leaves empty.
 * All lengths are PDF points (1/72 in), measured from the page's top-left corner; CSS `pt`
 * is the same unit, so both sides agree exactly.
 */

/** A4 portrait in points. */
export const A4 = { width: 595.28, height: 841.89 } as const

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** Slides per handout page. */
export const HANDOUT_SLIDES_PER_PAGE = 3

const MARGIN_X = 42
const HEADER_TOP = 30
const CONTENT_TOP = 92
const CONTENT_BOTTOM = A4.height - 56
const HANDOUT_SLIDE_WIDTH = 262
const HANDOUT_GAP = 18
const LINE_SPACING = 22

export interface HandoutRow {
  /** 1-based slide number shown in this row. */
  slideNo: number
  slide: Box
  /** Vertical positions of the writing lines, beside the slide. */
  lines: number[]
  linesLeft: number
  linesRight: number
}

export interface HandoutPage {
  pageNo: number
  rows: HandoutRow[]
}

/** Number of pages of a handout for `slideCount` slides. */
export function handoutPageCount(slideCount: number): number {
  return Math.ceil(slideCount / HANDOUT_SLIDES_PER_PAGE)
}

/** Where each slide and its writing lines go on the handout, for slides of the given aspect ratio. */
export function layoutHandout(slideCount: number, aspectRatio: number): HandoutPage[] {
  const rowHeight = (CONTENT_BOTTOM - CONTENT_TOP) / HANDOUT_SLIDES_PER_PAGE
  const slideHeight = HANDOUT_SLIDE_WIDTH / aspectRatio
  const linesLeft = MARGIN_X + HANDOUT_SLIDE_WIDTH + HANDOUT_GAP
  const linesRight = A4.width - MARGIN_X
  const pages: HandoutPage[] = []
  for (let pageIndex = 0; pageIndex < handoutPageCount(slideCount); pageIndex++) {
    const rows: HandoutRow[] = []
    for (let slot = 0; slot < HANDOUT_SLIDES_PER_PAGE; slot++) {
      const slideNo = pageIndex * HANDOUT_SLIDES_PER_PAGE + slot + 1
      if (slideNo > slideCount)
        break
      const top = CONTENT_TOP + slot * rowHeight
      const lineCount = Math.floor((rowHeight - HANDOUT_GAP) / LINE_SPACING)
      rows.push({
        slideNo,
        slide: { left: MARGIN_X, top, width: HANDOUT_SLIDE_WIDTH, height: slideHeight },
        lines: Array.from({ length: lineCount }, (_, i) => top + (i + 1) * LINE_SPACING),
        linesLeft,
        linesRight,
      })
    }
    pages.push({ pageNo: pageIndex + 1, rows })
  }
  return pages
}

export interface NotesPageLayout {
  header: Box
  slide: Box
  /** The notes text, the minutes and the question share this box; the text shrinks to fit it. */
  body: Box
  footerTop: number
}

/** Geometry of one speaker-notes page (one slide per page). */
export function layoutNotesPage(aspectRatio: number): NotesPageLayout {
  const width = A4.width - 2 * MARGIN_X
  const slideTop = HEADER_TOP + 52
  const slideHeight = width / aspectRatio
  const bodyTop = slideTop + slideHeight + 16
  return {
    header: { left: MARGIN_X, top: HEADER_TOP, width, height: 44 },
    slide: { left: MARGIN_X, top: slideTop, width, height: slideHeight },
    body: { left: MARGIN_X, top: bodyTop, width, height: CONTENT_BOTTOM - bodyTop },
    footerTop: CONTENT_BOTTOM + 18,
  }
}

/** Common frame of both A4 documents. */
export const PAGE_FRAME = {
  marginX: MARGIN_X,
  headerTop: HEADER_TOP,
  headerRule: CONTENT_TOP - 14,
  footerTop: CONTENT_BOTTOM + 18,
} as const

/** 第 N 页 / 共 M 页 */
export function pageLabel(pageNo: number, pageCount: number): string {
  return `第 ${pageNo} 页 / 共 ${pageCount} 页`
}
