import type { ExportDeck, ExportSlide } from './deck'
import type { Box, HandoutPage, NotesPageLayout } from './layout'
import MarkdownIt from 'markdown-it'
import { printLabels } from '../../kit/labels'
import { A4, PAGE_FRAME } from './layout'

/**
 * The A4 pages of the handout and the speaker notes, as HTML that goes into the deck's own
 * print view (tools/export/sheets.ts): header, footer, writing lines and notes around empty
 * slots, into which the slides' own DOM is moved. Chromium then prints one document with the
 * slides' real text, headings and figures, so the PDF's tags cover the slides too.
 */

/** Markup and styles of a set of A4 sheets; each `[data-slot]` receives a slide. */
export interface Sheets {
  html: string
  css: string
}

/** Notes Markdown written by hand in slides.md: raw HTML in it is escaped, not passed through. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

function boxStyle(box: Box): string {
  return `left:${box.left}pt;top:${box.top}pt;width:${box.width}pt;height:${box.height}pt`
}

/* Every rule is scoped to the sheets: the slides inside keep the deck's own styles. This @page comes after the print view's own (the slide's size), so it wins. */
const BASE_CSS = `
@page { size: ${A4.width}pt ${A4.height}pt; margin: 0 }
#export-sheets { background: #fff; color: #1f2328; font-family: 'Noto Sans SC', sans-serif; line-height: 1.3 }
/* A hair under A4 so rounding never spills a sheet onto an extra page. */
.export-sheet { position: relative; width: ${A4.width}pt; height: ${A4.height - 1}pt; overflow: hidden; break-after: page; background: #fff }
.export-sheet:last-child { break-after: auto }
.export-sheet .abs { position: absolute }
.export-sheet .course { font-size: 8.5pt; color: #57606a; line-height: 1.3 }
.export-sheet .lesson { font-size: 13pt; font-weight: 700; line-height: 1.4 }
.export-sheet .rule { left: ${PAGE_FRAME.marginX}pt; right: ${PAGE_FRAME.marginX}pt; height: 0; border-top: 0.75pt solid #8c959f }
.export-sheet .footer { left: 0; right: 0; text-align: center; font-size: 9pt; color: #57606a }
/* A full, light frame around each slide; the slide inside is clipped to it. */
.export-sheet .slot { overflow: hidden; outline: 0.5pt solid #afb8c1; background: #fff }
.export-sheet .slot > .print-slide-container { transform-origin: 0 0 }
`

/** Course and lesson, repeated on every sheet: page furniture, so screen readers skip it. */
function header(deck: ExportDeck, document: string): string {
  return `<div class="abs" aria-hidden="true" style="left:${PAGE_FRAME.marginX}pt;right:${PAGE_FRAME.marginX}pt;top:${PAGE_FRAME.headerTop}pt">`
    + `<div class="course">${escapeHtml(deck.metadata.course)}</div>`
    + `<div class="lesson">${escapeHtml(deck.metadata.lesson)} · ${document}</div></div>`
    + `<div class="abs rule" style="top:${PAGE_FRAME.headerRule}pt"></div>`
}

function footer(pageNo: number, pageCount: number): string {
  return `<div class="abs footer" aria-hidden="true" style="top:${PAGE_FRAME.footerTop}pt">${printLabels.page(pageNo, pageCount)}</div>`
}

function slot(slideNo: number, box: Box): string {
  return `<div class="abs slot" data-slot="${slideNo}" style="${boxStyle(box)}"></div>`
}

/** The handout's sheets: header, slides with their number and title, ruled lines (3-up), footer. */
export function handoutSheets(deck: ExportDeck, pages: readonly HandoutPage[]): Sheets {
  const css = `${BASE_CSS}
.export-sheet .line { height: 0; border-top: 0.5pt solid #afb8c1 }
.export-sheet .no { font-size: 7.5pt; color: #57606a; white-space: nowrap; overflow: hidden; text-overflow: ellipsis }`
  const html = pages.map(({ pageNo, rows }) => {
    const body = rows.map((row) => {
      const lines = row.lines.map(y => `<div class="abs line" style="left:${row.linesLeft}pt;width:${row.linesRight - row.linesLeft}pt;top:${y}pt"></div>`).join('')
      // The slide says its own title as its heading; the caption repeats it for the eye only.
      const caption = `<div class="abs no" aria-hidden="true" style="left:${row.slide.left}pt;top:${row.slide.top + row.slide.height + 3}pt;width:${row.slide.width}pt">${row.slideNo}. ${escapeHtml(deck.slides[row.slideNo - 1]?.title ?? '')}</div>`
      return `${slot(row.slideNo, row.slide)}${caption}${lines}`
    }).join('')
    return `<section class="export-sheet">${header(deck, printLabels.handout)}${body}${footer(pageNo, pages.length)}</section>`
  }).join('')
  return { html, css }
}

/** A live question as the instructor prepares it: prompt, options in order, the correct one marked. */
function liveQuestion(question: ExportSlide['liveQuestions'][number]): string {
  const options = question.options.map((option, index) => `<li>${escapeHtml(option)}${index === question.correct ? `<strong>${printLabels.correctAnswer}</strong>` : ''}</li>`).join('')
  const poll = question.kind === 'poll' ? `<p>${printLabels.poll}</p>` : ''
  return `<aside class="question live"><p class="label">${printLabels.liveQuestion}</p><p>${escapeHtml(question.prompt)}</p><ol type="A">${options}</ol>${poll}</aside>`
}

function notesBody(slide: ExportSlide): string {
  const { notes } = slide
  const parts = [
    notes.preface ? `<p>${escapeHtml(notes.preface)}</p>` : '',
    notes.points.length > 0 ? `<ul>${notes.points.map(point => `<li>${escapeHtml(point)}</li>`).join('')}</ul>` : '',
    notes.handNotes ? markdown.render(notes.handNotes) : '',
  ].join('')
  const question = `<aside class="question"><p class="label">${printLabels.question}</p><p>${escapeHtml(notes.question)}</p></aside>`
  return `${parts ? `<div class="notes">${parts}</div>` : `<p class="notes empty">${printLabels.noNotes}</p>`}${question}${slide.liveQuestions.map(liveQuestion).join('')}`
}

function notesSheet(deck: ExportDeck, slide: ExportSlide, layout: NotesPageLayout): string {
  const { notes } = slide
  const heading = `<div class="abs" style="${boxStyle(layout.header)}">`
    + `<div class="course" aria-hidden="true">${escapeHtml(deck.metadata.course)} · ${escapeHtml(deck.metadata.lesson)} · ${printLabels.notes}</div>`
    + `<div class="title"><span class="title-text" aria-hidden="true">${slide.no}. ${escapeHtml(slide.title)}</span>`
    + `<span class="timing">${printLabels.minutes(notes.minutes, notes.end, notes.totalMinutes)}</span></div></div>`
  return `<section class="export-sheet" data-slide="${slide.no}">${heading}${slot(slide.no, layout.slide)}`
    + `<div class="abs body" style="${boxStyle(layout.body)}">${notesBody(slide)}</div>`
    + `${footer(slide.no, deck.slides.length)}</section>`
}

/** The speaker notes' sheets, one per slide: the slide, its minutes, notes and class question. */
export function notesSheets(deck: ExportDeck, layout: NotesPageLayout): Sheets {
  const css = `${BASE_CSS}
.export-sheet .title { display: flex; justify-content: space-between; align-items: baseline; gap: 12pt; font-size: 12pt; font-weight: 700; line-height: 1.4; margin-top: 2pt }
.export-sheet .title-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap }
.export-sheet .timing { flex: none; font-size: 9pt; font-weight: 400; color: #57606a }
.export-sheet .body { font-size: 11pt; line-height: 1.55; overflow: hidden }
.export-sheet .notes p, .export-sheet .notes ul, .export-sheet .notes ol { margin: 0 0 0.45em }
.export-sheet .notes ul, .export-sheet .notes ol { padding-left: 1.3em }
.export-sheet .notes ul { list-style: disc }
.export-sheet .notes ol { list-style: decimal }
.export-sheet .notes li { margin: 0.15em 0 }
.export-sheet .notes strong { font-weight: 700 }
.export-sheet .notes.empty { color: #6e7781 }
.export-sheet .question { margin-top: 0.8em; padding: 0.55em 0.8em; border: 0.75pt solid #bf8700; border-left-width: 3pt; background: #fff8c5; break-inside: avoid }
.export-sheet .question p { margin: 0 }
.export-sheet .question .label { font-size: 0.8em; font-weight: 700; color: #7d4e00; margin-bottom: 0.15em }
.export-sheet .question ol { margin: 0.2em 0 0; padding-left: 1.6em; list-style: upper-alpha }`
  return { html: deck.slides.map(slide => notesSheet(deck, slide, layout)).join(''), css }
}
