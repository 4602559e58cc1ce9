/**
 * Geometry of the handout's and the notes' A4 pages: where the header, each slide, the writing
 * lines and the notes go. All lengths are PDF points (1/72 in), measured from the page's
 * top-left corner; the page's CSS uses the same `pt`.
 */

/** A4 portrait in points. */
export const A4 = { width: 595.28, height: 841.89 } as const

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** The handout's layouts, as PowerPoint names them: slides per A4 page. */
export const HANDOUT_LAYOUTS = ['2up', '3up', '6up'] as const
export type HandoutLayout = typeof HANDOUT_LAYOUTS[number]
export const DEFAULT_HANDOUT_LAYOUT: HandoutLayout = '3up'

const MARGIN_X = 42
const HEADER_TOP = 30
const CONTENT_TOP = 92
const CONTENT_BOTTOM = A4.height - 56
const CONTENT_WIDTH = A4.width - 2 * MARGIN_X
const HANDOUT_GAP = 18
const LINE_SPACING = 22

interface HandoutGrid {
  columns: number
  rows: number
  slideWidth: number
  /** Ruled lines for notes beside each slide. */
  lines: boolean
}

/**
 * 2-up prints each slide as wide as the page allows, so its smallest label stays readable on
 * paper; 3-up leaves room to write beside each slide; 6-up is for review.
 */
const HANDOUT_GRIDS: Record<HandoutLayout, HandoutGrid> = {
  '2up': { columns: 1, rows: 2, slideWidth: CONTENT_WIDTH, lines: false },
  '3up': { columns: 1, rows: 3, slideWidth: 262, lines: true },
  '6up': { columns: 2, rows: 3, slideWidth: (CONTENT_WIDTH - HANDOUT_GAP) / 2, lines: false },
}

export interface HandoutRow {
  /** 1-based slide number shown in this slot. */
  slideNo: number
  slide: Box
  /** Vertical positions of the writing lines beside the slide; empty when the layout has none. */
  lines: number[]
  linesLeft: number
  linesRight: number
}

export interface HandoutPage {
  pageNo: number
  rows: HandoutRow[]
}

/** Slides on one page of a handout in this layout. */
export function slidesPerHandoutPage(layout: HandoutLayout): number {
  const grid = HANDOUT_GRIDS[layout]
  return grid.columns * grid.rows
}

/** Number of pages of a handout for `slideCount` slides. */
export function handoutPageCount(slideCount: number, layout: HandoutLayout = DEFAULT_HANDOUT_LAYOUT): number {
  return Math.ceil(slideCount / slidesPerHandoutPage(layout))
}

/** Where each slide (and its writing lines, in 3-up) goes on the handout, for slides of the given aspect ratio. */
export function layoutHandout(slideCount: number, aspectRatio: number, layout: HandoutLayout = DEFAULT_HANDOUT_LAYOUT): HandoutPage[] {
  const grid = HANDOUT_GRIDS[layout]
  const perPage = slidesPerHandoutPage(layout)
  const rowHeight = (CONTENT_BOTTOM - CONTENT_TOP) / grid.rows
  const slideHeight = grid.slideWidth / aspectRatio
  const lineCount = grid.lines ? Math.floor((rowHeight - HANDOUT_GAP) / LINE_SPACING) : 0
  const pages: HandoutPage[] = []
  for (let pageIndex = 0; pageIndex < handoutPageCount(slideCount, layout); pageIndex++) {
    const rows: HandoutRow[] = []
    for (let slot = 0; slot < perPage; slot++) {
      const slideNo = pageIndex * perPage + slot + 1
      if (slideNo > slideCount)
        break
      const left = MARGIN_X + (slot % grid.columns) * (grid.slideWidth + HANDOUT_GAP)
      const top = CONTENT_TOP + Math.floor(slot / grid.columns) * rowHeight
      const linesLeft = left + grid.slideWidth + HANDOUT_GAP
      rows.push({
        slideNo,
        slide: { left, top, width: grid.slideWidth, height: slideHeight },
        lines: Array.from({ length: lineCount }, (_, i) => top + (i + 1) * LINE_SPACING),
        linesLeft,
        linesRight: A4.width - MARGIN_X,
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
  const width = CONTENT_WIDTH
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
