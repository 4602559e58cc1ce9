/**
 * `npm run export:results` on a synthetic class log (test/support/classLog.ts): the class report
 * as Markdown and a tagged one-page PDF in Chinese with its chart, the comparison of two
 * sessions, and the refusal to compare sessions of different lessons.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeReportAtEnd } from '../../tools/classroom/report/endOfClass'
import { at, LESSON, logText, sessionLog, STUDENTS } from '../support/classLog'
import { finished } from '../support/exportRun'
import { readStructure } from '../support/pdfStructure'
import { compactText, fonts, pdfInfo } from '../support/pdfTools'
import { root } from '../support/root'

const dir = mkdtempSync(join(tmpdir(), 'class-report-test-'))
const logs = join(dir, 'logs')
const out = join(dir, 'out')
const earlier = join(logs, 'class-2026-12-03T01-00-00-000Z.jsonl')
const later = join(logs, 'class-2026-12-10T01-00-00-000Z.jsonl')
const otherLesson = join(logs, 'class-2026-12-11T01-00-00-000Z.jsonl')
const report = join(out, 'class-2026-12-10T01-00-00-000Z-report')
const comparison = join(out, 'class-2026-12-10T01-00-00-000Z-vs-class-2026-12-03T01-00-00-000Z')

function exportResults(args: string[]): ReturnType<typeof finished> {
  return finished(spawn(process.execPath, ['--import', 'tsx', 'scripts/export-results.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }))
}

let run: Awaited<ReturnType<typeof exportResults>>

beforeAll(async () => {
  const { mkdirSync } = await import('node:fs')
  mkdirSync(logs, { recursive: true })
  writeFileSync(earlier, logText(sessionLog()))
  writeFileSync(later, logText(sessionLog({ slide3Minutes: 2, startAt: at(7 * 24 * 60) })))
  writeFileSync(otherLesson, logText(sessionLog({ lesson: { ...LESSON, number: 3, title: '容器编排' } })))
  run = await exportResults(['--log', later, '--compare', earlier, '--out', out])
}, 240_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run export:results: the class report', () => {
  it('writes the report and the comparison as Markdown and PDF beside the results', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual([
      'class-2026-12-10T01-00-00-000Z-report.md',
      'class-2026-12-10T01-00-00-000Z-report.pdf',
      'class-2026-12-10T01-00-00-000Z-results.csv',
      'class-2026-12-10T01-00-00-000Z-results.md',
      'class-2026-12-10T01-00-00-000Z-vs-class-2026-12-03T01-00-00-000Z.md',
      'class-2026-12-10T01-00-00-000Z-vs-class-2026-12-03T01-00-00-000Z.pdf',
    ])
    expect(readFileSync(`${comparison}.md`, 'utf8')).toContain('变化 −13.0 分钟（更贴近计划）')
  })

  it('prints each PDF on one tagged A4 page in Chinese, with the deck\'s font embedded', async () => {
    for (const file of [`${report}.pdf`, `${comparison}.pdf`]) {
      const info = pdfInfo(file)
      expect(info).toMatchObject({ Pages: '1', Tagged: 'yes' })
      expect(info['Page size']).toContain('(A4)')
      const structure = await readStructure(file)
      expect(structure.lang).toBe('zh-CN')
      expect(structure.marked).toBe(true)
      expect(structure.elements.map(e => e.type)).toEqual(expect.arrayContaining(['H1', 'H2', 'L', 'Figure']))
      expect(fonts(file).every(font => font.embedded && /NotoSansSC/.test(font.name))).toBe(true)
    }
    const text = compactText(`${report}.pdf`)
    expect(text).toContain('课堂报告：课时2：为什么需要容器集群')
    // The chart's labels and values, and the questions.
    expect(text).toContain('3.集群如何应对故障')
    expect(text).toContain('正确率50%（1/2）')
  })

  it('has no student id in any file it wrote', () => {
    for (const name of readdirSync(out)) {
      const text = name.endsWith('.pdf') ? compactText(join(out, name)) : readFileSync(join(out, name), 'utf8')
      for (const id of STUDENTS)
        expect(text).not.toContain(id.slice(0, 12))
    }
  })

  it('refuses to compare sessions of different lessons, and writes nothing', async () => {
    const refused = join(dir, 'refused')
    const result = await exportResults(['--log', otherLesson, '--compare', earlier, '--out', refused, '--no-pdf'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('export:results: cannot compare sessions of different lessons: class-2026-12-11T01-00-00-000Z is 云原生容器Clouder认证：容器应用与集群管理 · 课时 3：容器编排')
    expect(existsSync(refused) ? readdirSync(refused) : []).toEqual([])
  }, 60_000)
})

describe('the class report when present --lan stops', () => {
  it('writes the Markdown, then the PDF, into the lesson\'s exports/ (beside its slides.md, as the PDFs)', async () => {
    const project = mkdtempSync(join(tmpdir(), 'class-report-end-'))
    const lines: string[] = []
    await writeReportAtEnd({ root: project, entry: 'lessons/03-deployment/slides.md' }, earlier, line => lines.push(line))
    const exports = join(project, 'lessons/03-deployment/exports')
    expect(readdirSync(exports).sort()).toEqual(['class-2026-12-03T01-00-00-000Z-report.md', 'class-2026-12-03T01-00-00-000Z-report.pdf'])
    expect(existsSync(join(project, 'exports'))).toBe(false)
    expect(lines).toHaveLength(2)
    expect(pdfInfo(join(exports, 'class-2026-12-03T01-00-00-000Z-report.pdf'))).toMatchObject({ Pages: '1', Tagged: 'yes' })
    rmSync(project, { recursive: true, force: true })
  }, 120_000)

  it('keeps the Markdown and says how to make the PDF again when there is no browser', async () => {
    const project = mkdtempSync(join(tmpdir(), 'class-report-end-'))
    const lines: string[] = []
    const saved = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = join(project, 'no-such-browser')
    try {
      await writeReportAtEnd({ root: project, entry: 'slides.md' }, earlier, line => lines.push(line))
    }
    finally {
      process.env.CHROMIUM_PATH = saved
    }
    expect(readdirSync(join(project, 'exports'))).toEqual(['class-2026-12-03T01-00-00-000Z-report.md'])
    expect(lines[1]).toMatch(/^The class report's PDF could not be written \(CHROMIUM_PATH is set to .*no-such-browser, but no file is there\..*\); make it with: npm run export:results -- --log /)
    rmSync(project, { recursive: true, force: true })
  })
})
