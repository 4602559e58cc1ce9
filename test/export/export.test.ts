import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lesson } from '../../data/index'
import { describeTopology } from '../../kit/slides/topologyDescription'
import { runExport } from '../support/exportRun'
import { copyProject } from '../support/fixtureProject'
import { countPerPage, readStructure } from '../support/pdfStructure'
import { compact, compactText, fonts, greyLevels, inkOf, itReadingPdf, outlineTitles, pageCount, pdfInfo, smallestTextPt } from '../support/pdfTools'

const out = mkdtempSync(join(tmpdir(), 'export-test-'))
const slides = join(out, 'slides.pdf')
const handout = join(out, 'handout.pdf')
const notes = join(out, 'speaker-notes.pdf')
// The other handout layouts go to a folder of their own: `out` holds exactly the default three.
const layoutsOut = mkdtempSync(join(tmpdir(), 'export-test-layouts-'))
const handout2up = join(layoutsOut, '2up', 'handout.pdf')
const handout6up = join(layoutsOut, '6up', 'handout.pdf')
const slideCount = lesson.plan.length
const slideTitles = lesson.plan.map(entry => entry.title ?? lesson.course.lessonTitle)

let run: Awaited<ReturnType<typeof runExport>>
let runs2up6up: Awaited<ReturnType<typeof runExport>>[]

beforeAll(async () => {
  run = await runExport(['--out', out])
  // The other handout layouts, from the same build.
  runs2up6up = [
    await runExport(['--only', 'handout', '--handout', '2up', '--out', join(layoutsOut, '2up')]),
    await runExport(['--only', 'handout', '--handout', '6up', '--out', join(layoutsOut, '6up')]),
  ]
}, 360_000)

afterAll(() => {
  rmSync(out, { recursive: true, force: true })
  rmSync(layoutsOut, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('succeeds, tells which slide it is on, and lists the files it wrote', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`slides.pdf: slide ${slideCount}/${slideCount}`)
    for (const file of [slides, handout, notes])
      expect(run.stdout).toContain(file)
    expect(readdirSync(out).sort()).toEqual(['handout.pdf', 'slides.pdf', 'speaker-notes.pdf'])
  })

  itReadingPdf('prints one 16:9 page per slide, one A4 handout page per three slides, one notes page per slide', () => {
    expect(pageCount(slides)).toBe(slideCount)
    expect(pageCount(handout)).toBe(Math.ceil(slideCount / 3))
    expect(pageCount(notes)).toBe(slideCount)
    const [width, height] = /([\d.]+) x ([\d.]+)/.exec(pdfInfo(slides)['Page size']!)!.slice(1).map(Number)
    expect(width! / height!).toBeCloseTo(16 / 9, 1)
    expect(pdfInfo(handout)['Page size']).toContain('(A4)')
    expect(pdfInfo(notes)['Page size']).toContain('(A4)')
  })

  itReadingPdf('names the lesson in the metadata', () => {
    const info = pdfInfo(slides)
    expect(info.Title).toBe(lesson.course.lessonTitle)
    expect(info.Author).toBe(lesson.course.author)
    expect(info.Subject).toContain(lesson.course.name)
  })

  itReadingPdf('embeds every font, Chinese in the bundled Noto Sans SC and no system fallback', () => {
    for (const file of [slides, handout, notes]) {
      const used = fonts(file)
      expect(used.length).toBeGreaterThan(0)
      expect(used.filter(font => !font.embedded)).toEqual([])
      expect(used.some(font => font.name.includes('NotoSansSC'))).toBe(true)
      // DroidSansFallback is the machine's CJK fallback: seeing it means a glyph missed the bundled font.
      expect(used.filter(font => /DroidSans|WenQuanYi|NotoSansCJK/.test(font.name))).toEqual([])
    }
  })

  itReadingPdf('has every dialogue turn and every milestone as searchable text in the slides', () => {
    const text = compactText(slides)
    for (const turn of lesson.dialogue)
      expect(text).toContain(compact(turn.text))
    for (const milestone of lesson.history.milestones)
      expect(text).toContain(compact(milestone.text))
  })

  it('outlines the slides and the notes by slide title', async () => {
    expect(await outlineTitles(slides)).toEqual(slideTitles)
    expect(await outlineTitles(notes)).toEqual(slideTitles)
  })

  itReadingPdf('gives the handout a header, the slides, writing lines and 第 N 页 / 共 M 页', () => {
    const pages = Math.ceil(slideCount / 3)
    for (let page = 1; page <= pages; page++) {
      const text = compactText(handout, page)
      expect(text).toContain(compact(lesson.course.name))
      expect(text).toContain(compact(lesson.course.lessonTitle))
      expect(text).toContain(compact(`第 ${page} 页 / 共 ${pages} 页`))
    }
    // The slides themselves are drawn in: the first slide's text is on page 1 as text, not a picture.
    expect(compactText(handout, 1)).toContain(compact(slideTitles[1]!))
  })

  itReadingPdf('puts each slide\'s notes, minutes, running total and question on its own notes page', () => {
    let running = 0
    lesson.plan.forEach((entry, index) => {
      running += entry.minutes
      const text = compactText(notes, index + 1)
      for (const point of entry.points)
        expect(text).toContain(compact(point))
      expect(text).toContain(compact(entry.question))
      expect(text).toContain('课堂提问')
      expect(text).toContain(compact(`本页 ${entry.minutes} 分钟`))
      expect(text).toContain(compact(`累计 ${running}`))
    })
  })

  itReadingPdf('prints every turn of a dialogue in full ink, the earlier ones too (on screen they step back)', () => {
    const slideNo = lesson.plan.findIndex(entry => entry.id === 'dialogue-problem') + 1
    const [earlier, last] = lesson.dialogue.slice(0, 2)
    expect(inkOf(slides, slideNo, last!.text)).toBeLessThan(80)
    expect(inkOf(slides, slideNo, earlier!.text)).toBeLessThan(80)
  })

  itReadingPdf('prints the handout 2-up and 6-up when asked, with the page count that makes', () => {
    for (const result of runs2up6up) {
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
    }
    expect(pageCount(handout2up)).toBe(Math.ceil(slideCount / 2))
    expect(pageCount(handout6up)).toBe(Math.ceil(slideCount / 6))
    expect(compactText(handout6up, 1)).toContain(compact(slideTitles[5]!))
    expect(compactText(handout6up, 1)).not.toContain(compact(slideTitles[6]!))
  })

  itReadingPdf('prints every slide\'s smallest label at 6 pt or more in the 2-up handout', () => {
    for (let page = 1; page <= pageCount(handout2up); page++)
      expect(smallestTextPt(handout2up, page), `2-up page ${page}`).toBeGreaterThanOrEqual(6)
  })

  itReadingPdf('tags all three PDFs, in zh-CN, with one heading per slide on the slide\'s page', async () => {
    const handoutRows = Array.from({ length: Math.ceil(slideCount / 3) }, (_, page) => Math.min(3, slideCount - page * 3))
    for (const [file, perPage] of [[slides, slideTitles.map(() => 1)], [handout, handoutRows], [notes, slideTitles.map(() => 1)]] as const) {
      expect(pdfInfo(file).Tagged, file).toBe('yes')
      const structure = await readStructure(file)
      expect(structure.marked).toBe(true)
      expect(structure.lang).toBe('zh-CN')
      expect(countPerPage(structure, 'H1', pageCount(file)), file).toEqual(perPage)
    }
  })

  it('gives every figure alt text, and every diagram the words of what it shows', async () => {
    for (const file of [slides, handout, notes, handout2up]) {
      const figures = (await readStructure(file)).elements.filter(element => element.type === 'Figure')
      expect(figures.filter(figure => !figure.alt?.trim()), file).toEqual([])
      const alts = figures.map(figure => figure.alt)
      for (const topology of lesson.topologies)
        expect(alts, `${file}: ${topology.id}`).toContain(describeTopology(topology))
    }
  })

  itReadingPdf('has no blank page', () => {
    for (const file of [slides, handout, notes, handout2up, handout6up]) {
      for (let page = 1; page <= pageCount(file); page++)
        expect(greyLevels(file, page), `${file} page ${page}`).toBeGreaterThan(3)
    }
  })
})

describe('npm run export of an unchanged deck', () => {
  itReadingPdf('reuses the earlier build and the diagrams it drew, says so, and prints the same slides', async () => {
    const again = join(out, 'again')
    const result = await runExport(['--only', 'slides', '--out', again])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('reusing the build of the deck')
    expect(result.stdout).not.toContain('building the deck')
    // Every diagram as the export before drew it (tools/export/diagramMemo.ts), Mermaid not loaded.
    expect(result.stdout).toMatch(/slides\.pdf: (\d+) of \1 diagrams as the last export drew them/)
    expect(readdirSync(again)).toEqual(['slides.pdf'])
    expect(pageCount(join(again, 'slides.pdf'))).toBe(slideCount)
    expect(compactText(join(again, 'slides.pdf'))).toBe(compactText(slides))
  }, 120_000)
})

describe('npm run export failures', () => {
  it('exits 2 with one line for an unknown document', async () => {
    const result = await runExport(['--only', 'bogus', '--out', join(out, 'never')])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toMatch(/--only takes .*bogus/)
    expect(existsSync(join(out, 'never'))).toBe(false)
  })

  it('exits 2 for an output folder it cannot write', async () => {
    const file = join(out, 'a-file')
    writeFileSync(file, '')
    const result = await runExport(['--out', join(file, 'sub')])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('cannot write to output folder')
  })

  it('says how to get a browser when there is none, without a stack trace', async () => {
    const result = await runExport(['--out', join(out, 'nobrowser')], { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('CHROMIUM_PATH')
    expect(result.stderr).toContain('apt-get install chromium')
    expect(result.stderr).toContain('npx playwright install chromium')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(out, 'nobrowser'))).toBe(false)
  })

  it('stops on invalid lesson data with one message naming the file and field', async () => {
    const project = copyProject('export-bad-data-')
    try {
      const dialogue = join(project.dir, 'data', 'dialogue.ts')
      writeFileSync(dialogue, readFileSync(dialogue, 'utf8').replace(`speaker: '${lesson.dialogue[0]!.speaker}'`, 'speaker: \'xiaowang\''))
      const result = await runExport(['--only', 'slides', '--out', join(out, 'bad-data')], {}, project.dir)
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('data/dialogue.ts: dialogue[0].speaker: unknown speaker "xiaowang"')
      expect(result.stderr).not.toMatch(/\n\s+at /)
      // Nothing written, and no empty folder left where the PDFs would have gone.
      expect(existsSync(join(out, 'bad-data'))).toBe(false)
    }
    finally {
      project.remove()
    }
  }, 120_000)
})
