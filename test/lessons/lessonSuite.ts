import type { Page } from 'playwright-core'
import type { DeckSlide } from '../../kit/deck/loadDeck'
import type { Lesson } from '../../kit/lesson/schema'
import type { Finished } from '../support/exportRun'
import type { PresentedLesson } from '../support/lessonRun'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadDeck } from '../../kit/deck/loadDeck'
import { loadLesson } from '../../kit/lesson/loadLesson'
import { lessonModulePath } from '../../kit/lesson/paths'
import { buildSchedule } from '../../kit/slides/schedule'
import { expectNoAxeViolations } from '../support/axe'
import { describeOverflow, findOverflow, findSplitWords, gotoStep, proseProblems, walkDeck, watchErrors, watchForeignRequests } from '../support/deckPage'
import { runExport } from '../support/exportRun'
import { presentInBrowser } from '../support/lessonRun'
import { countPerPage, readStructure } from '../support/pdfStructure'
import { compactText, fonts, itReadingPdf, pageCount, pdfInfo } from '../support/pdfTools'
import { root } from '../support/root'
import { measureSlideText, TEXT_RULE, tooSmall } from '../support/textSize'

/** The lesson's sentences (as opposed to labels), which must be larger. */
function sentencesOf(lesson: Lesson): string[] {
  return [...(lesson.dialogue ?? []).map(t => t.text), ...(lesson.recap?.points ?? []), ...(lesson.necessity?.questions ?? [])]
}

/** Every text of the lesson a learner should find on its slides (the sections it has). */
function shownTexts(lesson: Lesson): string[] {
  return [
    lesson.course.lessonTitle,
    ...(lesson.speakers ?? []).map(s => s.name),
    ...(lesson.dialogue ?? []).map(t => t.text),
    ...(lesson.necessity?.questions ?? []),
    ...(lesson.history?.milestones ?? []).map(m => m.headline),
    ...Object.values(lesson.history?.kinds ?? {}),
    ...(lesson.topologies ?? []).flatMap(t => t.hosts.map(h => h.label)),
    ...(lesson.recap?.points ?? []),
    ...(lesson.lab ? [lesson.lab.url] : []),
  ]
}

/**
 * The kit's checks on one lesson, sharing one build of it across them: it presents (built by
 * `npm run present -- --entry`), every click of every slide renders with no overflow, no error
 * and no request off the deck's own server, its content is on its slides, and `npm run export`
 * writes its three PDFs. Screenshots of each slide go to test-results/lessons/<name>/.
 */
export function lessonSuite(name: string, entryOf: () => string): void {
  let entry: string
  let lesson: Lesson
  let slides: DeckSlide[]
  let presented: PresentedLesson
  let page: Page
  let out: string
  let exported: Finished
  const shots = join(root, 'test-results', 'lessons', name)

  beforeAll(async () => {
    entry = entryOf()
    const lessonRoot = dirname(resolve(root, entry))
    lesson = await loadLesson(lessonModulePath(lessonRoot))
    slides = await loadDeck(lessonRoot)
    out = mkdtempSync(join(tmpdir(), `lesson-${name}-`))
    // The export builds its print site beside the present build; one after the other on two cores.
    presented = await presentInBrowser(entry)
    page = presented.page
  })

  afterAll(async () => {
    await presented?.close()
    rmSync(out, { recursive: true, force: true })
  })

  it('presents: every step of every slide renders, titled, without overflow, a word split across lines, errors or requests off the server, legible (16 px, axe with 7:1 contrast)', async () => {
    const errors = watchErrors(page)
    const foreign = watchForeignRequests(page, presented.served.origin)
    const problems: string[] = []
    const headings: string[] = []
    rmSync(shots, { recursive: true, force: true })
    mkdirSync(shots, { recursive: true })
    const steps = await walkDeck(page, async ({ slide, clicks }) => {
      for (const overflow of await findOverflow(page, slide))
        problems.push(`slide ${slide} click ${clicks}: ${describeOverflow(overflow)}`)
      for (const word of await findSplitWords(page, slide))
        problems.push(`slide ${slide} click ${clicks}: the word "${word}" is split across two lines`)
      for (const small of [...tooSmall(await measureSlideText(page, slide, sentencesOf(lesson)), TEXT_RULE), ...await proseProblems(page, slide, TEXT_RULE.minSentencePx)])
        problems.push(`slide ${slide} click ${clicks}: ${small}`)
      try {
        await expectNoAxeViolations(page, { name: `slide ${slide} click ${clicks}`, include: `.slidev-page-${slide}`, enhancedContrast: true, onIncomplete: () => {} })
      }
      catch (error) {
        problems.push(`slide ${slide} click ${clicks}: ${(error as Error).message.split('\n').filter(line => line.trim().startsWith('+ ')).join(' ')}`)
      }
      headings[slide - 1] = (await page.locator(`.slidev-page-${slide} h1`).first().textContent())?.trim() ?? ''
      await page.screenshot({ path: join(shots, `slide-${String(slide).padStart(2, '0')}.png`) })
    })
    expect(new Set(steps.map(s => s.slide)).size, 'the walk reached every slide').toBe(slides.length)
    expect(steps.length, 'click steps were walked too').toBeGreaterThan(slides.length)
    expect(headings).toEqual(slides.map(s => s.title))
    expect(problems).toEqual([])
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('shows its own content, set in the bundled Noto Sans SC, and its QR code scans to its lab', async () => {
    const pages: string[] = []
    for (const slide of slides) {
      await gotoStep(page, { slide: slide.no, clicks: 99 })
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- only what is rendered visibly counts
      pages.push(await page.locator(`.slidev-page-${slide.no}`).innerText())
    }
    const text = pages.join('\n').replace(/\s+/g, '')
    expect(shownTexts(lesson).filter(t => !text.includes(t.replace(/\s+/g, ''))), 'texts of data/ not on any slide').toEqual([])
    const families = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/["']/g, '')))
    expect(families).toContain('Noto Sans SC')

    const lab = slides.find(s => s.frontmatter.plan === 'lab')!
    await gotoStep(page, { slide: lab.no, clicks: 0 })
    const png = PNG.sync.read(await page.locator(`.slidev-page-${lab.no} .lab__qr-code`).screenshot())
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(lesson.lab!.url)
  })

  itReadingPdf('exports its three PDFs with npm run export -- --entry', async () => {
    exported = await runExport(['--entry', entry, '--out', out])
    expect(exported.stderr).not.toMatch(/error/i)
    expect(exported.code).toBe(0)
    for (const file of ['slides.pdf', 'handout.pdf', 'speaker-notes.pdf'])
      expect(existsSync(join(out, file)), file).toBe(true)
    expect(pageCount(join(out, 'slides.pdf'))).toBe(slides.length)
    expect(pageCount(join(out, 'handout.pdf'))).toBe(Math.ceil(slides.length / 3))
    const slideText = compactText(join(out, 'slides.pdf'))
    for (const shown of [lesson.course.lessonTitle, ...(lesson.recap?.points ?? [])])
      expect(slideText).toContain(shown.replace(/\s+/g, ''))
    const notes = compactText(join(out, 'speaker-notes.pdf'))
    for (const planned of lesson.plan)
      expect(notes).toContain(planned.question.replace(/\s+/g, ''))
    expect(notes).toContain(`${buildSchedule(lesson.plan).total}`)
    for (const file of ['slides.pdf', 'handout.pdf', 'speaker-notes.pdf']) {
      expect(fonts(join(out, file)).filter(f => !f.embedded), `${file}: fonts not embedded`).toEqual([])
      // Tagged, in Chinese, with a heading per slide: what a screen reader needs of the PDFs.
      expect(pdfInfo(join(out, file)).Tagged, file).toBe('yes')
      const structure = await readStructure(join(out, file))
      expect(structure.lang, file).toBe('zh-CN')
      expect(countPerPage(structure, 'H1', pageCount(join(out, file))).reduce((a, b) => a + b, 0), file).toBe(slides.length)
    }
  })
}

/** A temporary folder name inside the project (a lesson must be inside it), removed by the caller. */
export function temporaryLessonFolder(): string {
  const base = join(root, 'lessons')
  mkdirSync(base, { recursive: true })
  return mkdtempSync(join(base, '.tmp-'))
}
