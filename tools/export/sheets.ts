import type { Sheets } from './html'

/** What placing the slides on the sheets found. */
export interface PlacedSheets {
  /** Slides moved onto the sheets. */
  placed: number
  /** Slide numbers of notes sheets whose text does not fit even at the smallest size. */
  overflowing: number[]
}

/**
 * Runs inside the deck's print view (Playwright's page.evaluate), once every slide is ready and
 * each slide's last state is marked `data-export-slide` (tools/export/printStates.ts):
 * puts the sheets' markup into the page and moves each slide's own DOM into its slot, scaled to
 * fit, so Chromium prints the slides' text, headings and figures as part of one tagged document
 * (an iframe's or an embedded PDF page's content would come out untagged). A second call
 * takes the slides from the first call's sheets. Then it shrinks the text of any notes body
 * taller than its box, so each slide keeps one page and no word is clipped.
 *
 * Self-contained on purpose: Playwright sends its source text to the page. No named inner
 * functions either, which a bundler may wrap in helpers the page does not have.
 */
export async function placeSlidesOnSheets(sheets: Sheets): Promise<PlacedSheets> {
  const content = document.querySelector('#print-content')
  if (!content)
    throw new Error('the page is not the deck\'s print view')
  let style = document.querySelector<HTMLStyleElement>('style#export-sheets-style')
  if (!style) {
    style = document.createElement('style')
    style.id = 'export-sheets-style'
    document.head.append(style)
  }
  // The sheets go beside Slidev's app, whose scrolling containers would cut the print short;
  // what is left of the app (its empty print container) is not printed.
  style.textContent = `#app { display: none !important }\n${sheets.css}`

  const previous = document.querySelector('#export-sheets')
  const root = document.createElement('div')
  root.id = 'export-sheets'
  root.innerHTML = sheets.html
  document.body.append(root)
  let placed = 0
  for (const slot of root.querySelectorAll<HTMLElement>('[data-slot]')) {
    const slide = document.querySelector<HTMLElement>(`[data-export-slide="${slot.dataset.slot}"]`)
    if (!slide)
      throw new Error(`slide ${slot.dataset.slot} is not in the print view`)
    slot.append(slide)
    slide.style.transform = `scale(${slot.getBoundingClientRect().width / slide.offsetWidth})`
    placed++
  }
  previous?.remove()

  // The sheets' own words may need font slices the slides did not.
  const text = root.textContent ?? ''
  await Promise.all(['400', '700'].map(weight => document.fonts.load(`${weight} 12pt "Noto Sans SC"`, text)))
  await document.fonts.ready
  const overflowing: number[] = []
  for (const body of root.querySelectorAll<HTMLElement>('.body')) {
    let size = 11
    body.style.fontSize = `${size}pt`
    while (body.scrollHeight > body.clientHeight + 0.5 && size > 7) {
      size -= 0.25
      body.style.fontSize = `${size}pt`
    }
    if (body.scrollHeight > body.clientHeight + 0.5)
      overflowing.push(Number(body.closest<HTMLElement>('.export-sheet')?.dataset.slide))
  }
  return { placed, overflowing }
}
