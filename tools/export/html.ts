import type { ExportDeck, ExportSlide } from './deck'
import type { Box, HandoutPage, NotesPageLayout } from './layout'
import MarkdownIt from 'markdown-it'
import { A4, PAGE_FRAME, pageLabel } from './layout'

/**
 * HTML pages that Chromium prints as the A4 frames of the handout and the speaker notes. The
 * slide boxes are left empty (a thin border only); the PDF composition draws the vector slide
 * pages into them. Text is laid out by Chromium in the bundled Noto Sans SC, so it is embedded
 * and selectable like the slides' own text.
 */

/** Origin the export's own pages are served from (answered by Playwright routes, never the network). */
export const FRAME_ORIGIN = 'http://export.invalid'

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

function boxStyle(box: Box): string {
  return `left:${box.left}pt;top:${box.top}pt;width:${box.width}pt;height:${box.height}pt`
}

const BASE_CSS = `
@page { size: ${A4.width}pt ${A4.height}pt; margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
html, body { background: #fff }
body { font-family: 'Noto Sans SC', sans-serif; color: #1f2328; -webkit-print-color-adjust: exact; print-color-adjust: exact }
/* A hair under A4 so rounding never spills a sheet onto an extra page. */
.sheet { position: relative; width: ${A4.width}pt; height: ${A4.height - 1}pt; overflow: hidden; break-after: page }
.sheet:last-child { break-after: auto }
.abs { position: absolute }
.course { font-size: 8.5pt; color: #57606a; line-height: 1.3 }
.lesson { font-size: 13pt; font-weight: 700; line-height: 1.4 }
.rule { left: ${PAGE_FRAME.marginX}pt; right: ${PAGE_FRAME.marginX}pt; height: 0; border-top: 0.75pt solid #8c959f }
.footer { left: 0; right: 0; text-align: center; font-size: 9pt; color: #57606a }
.slot { border: 0.5pt solid #8c959f }
`

function fontLinks(): string {
  return `<link rel="stylesheet" href="${FRAME_ORIGIN}/fonts/400.css"><link rel="stylesheet" href="${FRAME_ORIGIN}/fonts/700.css">`
}

/**
 * Loads every web-font subset the page's text needs (Noto Sans SC is split by unicode-range and
 * loaded lazily), then shrinks the text of any notes page whose content is taller than its box,
 * so every slide keeps exactly one page and no word is clipped; marks pages it could not fit.
 */
const FIT_SCRIPT = `<script>
(async () => {
  const text = document.body.innerText
  await Promise.all(['400', '700'].map(weight => document.fonts.load(weight + ' 12pt "Noto Sans SC"', text)))
  await document.fonts.ready
  const overflowing = []
  for (const body of document.querySelectorAll('.body')) {
    let size = 11
    body.style.fontSize = size + 'pt'
    while (body.scrollHeight > body.clientHeight + 0.5 && size > 7) {
      size -= 0.25
      body.style.fontSize = size + 'pt'
    }
    if (body.scrollHeight > body.clientHeight + 0.5)
      overflowing.push(body.closest('.sheet').dataset.slide)
  }
  document.body.dataset.overflowing = overflowing.join(',')
  document.body.dataset.fitted = 'true'
})()
</script>`

function page(title: string, css: string, sheets: string[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${fontLinks()}<style>${BASE_CSS}${css}</style></head><body>${sheets.join('')}${FIT_SCRIPT}</body></html>`
}

function header(deck: ExportDeck, extra = ''): string {
  return `<div class="abs" style="left:${PAGE_FRAME.marginX}pt;right:${PAGE_FRAME.marginX}pt;top:${PAGE_FRAME.headerTop}pt">`
    + `<div class="course">${escapeHtml(deck.metadata.course)}</div>`
    + `<div class="lesson">${escapeHtml(deck.metadata.lesson)}${extra}</div></div>`
    + `<div class="abs rule" style="top:${PAGE_FRAME.headerRule}pt"></div>`
}

function footer(pageNo: number, pageCount: number): string {
  return `<div class="abs footer" style="top:${PAGE_FRAME.footerTop}pt">${pageLabel(pageNo, pageCount)}</div>`
}

/** The handout's A4 pages: header, empty slide boxes, ruled lines, footer. */
export function handoutHtml(deck: ExportDeck, pages: HandoutPage[]): string {
  const css = `.line { height: 0; border-top: 0.5pt solid #afb8c1 }
.no { font-size: 7.5pt; color: #57606a }`
  const sheets = pages.map(({ pageNo, rows }) => {
    const body = rows.map((row) => {
      const lines = row.lines.map(y => `<div class="abs line" style="left:${row.linesLeft}pt;width:${row.linesRight - row.linesLeft}pt;top:${y}pt"></div>`).join('')
      const caption = `<div class="abs no" style="left:${row.slide.left}pt;top:${row.slide.top + row.slide.height + 3}pt;width:${row.slide.width}pt">${row.slideNo}. ${escapeHtml(deck.slides[row.slideNo - 1]?.title ?? '')}</div>`
      return `<div class="abs slot" style="${boxStyle(row.slide)}"></div>${caption}${lines}`
    }).join('')
    return `<section class="sheet">${header(deck, ' · 学生讲义')}${body}${footer(pageNo, pages.length)}</section>`
  })
  return page(`${deck.metadata.title} 学生讲义`, css, sheets)
}

/** Renders a slide's Markdown notes to HTML (raw HTML in notes is escaped, not passed through). */
export function notesToHtml(note: string): string {
  return markdown.render(note)
}

function notesSheet(deck: ExportDeck, slide: ExportSlide, layout: NotesPageLayout): string {
  const count = deck.slides.length
  const timing = `本页 ${slide.minutes} 分钟 · 累计 ${slide.runningMinutes} / ${deck.totalMinutes} 分钟`
  const heading = `<div class="abs" style="${boxStyle(layout.header)}">`
    + `<div class="course">${escapeHtml(deck.metadata.course)} · ${escapeHtml(deck.metadata.lesson)} · 讲师备课稿</div>`
    + `<div class="title"><span class="title-text">${slide.no}. ${escapeHtml(slide.title)}</span><span class="timing">${timing}</span></div></div>`
  const question = slide.question
    ? `<aside class="question"><div class="label">课堂提问</div><p>${escapeHtml(slide.question)}</p></aside>`
    : ''
  const notes = slide.note ? `<div class="notes">${notesToHtml(slide.note)}</div>` : '<div class="notes empty">（本页无讲稿）</div>'
  return `<section class="sheet" data-slide="${slide.no}">${heading}`
    + `<div class="abs slot" style="${boxStyle(layout.slide)}"></div>`
    + `<div class="abs body" style="${boxStyle(layout.body)}">`
    + `${notes}${question}</div>${footer(slide.no, count)}</section>`
}

/** The speaker notes' A4 pages, one per slide. */
export function notesHtml(deck: ExportDeck, layout: NotesPageLayout): string {
  const css = `.title { display: flex; justify-content: space-between; align-items: baseline; gap: 12pt; font-size: 12pt; font-weight: 700; line-height: 1.4; margin-top: 2pt }
.title-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap }
.timing { flex: none; font-size: 9pt; font-weight: 400; color: #57606a }
.body { font-size: 11pt; line-height: 1.55; overflow: hidden }
.notes p, .notes ul, .notes ol { margin: 0 0 0.45em }
.notes ul, .notes ol { padding-left: 1.3em }
.notes li { margin: 0.15em 0 }
.notes.empty { color: #8c959f }
.question { margin-top: 0.8em; padding: 0.55em 0.8em; border: 0.75pt solid #bf8700; border-left-width: 3pt; background: #fff8c5; break-inside: avoid }
.question .label { font-size: 0.8em; font-weight: 700; color: #7d4e00; margin-bottom: 0.15em }`
  return page(`${deck.metadata.title} 讲师备课稿`, css, deck.slides.map(slide => notesSheet(deck, slide, layout)))
}
