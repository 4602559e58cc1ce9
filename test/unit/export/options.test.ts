import { describe, expect, it } from 'vitest'
import { parseExportArgs, UsageError } from '../../../tools/export/options'

describe('parseExportArgs', () => {
  it('writes all three documents into exports/ by default', () => {
    expect(parseExportArgs([])).toMatchObject({ only: ['slides', 'handout', 'notes'], out: 'exports', browser: undefined })
  })

  it('writes another lesson\'s documents into exports/ beside its entry, not over lesson 2\'s', () => {
    expect(parseExportArgs(['--entry', 'lessons/3/slides.md'])).toMatchObject({ entry: 'lessons/3/slides.md', out: 'lessons/3/exports' })
    expect(parseExportArgs(['--entry', 'lessons/3/slides.md', '--out', 'print']).out).toBe('print')
    // A lesson's folder, resolved to its slides file by the command: the PDFs go beside that.
    expect(parseExportArgs(['--entry', 'lessons/3'], given => `${given}/slides.md`)).toMatchObject({ entry: 'lessons/3/slides.md', out: 'lessons/3/exports' })
  })

  it('keeps the documents of --only in their usual order', () => {
    expect(parseExportArgs(['--only', 'notes,slides']).only).toEqual(['slides', 'notes'])
    expect(parseExportArgs(['--only=handout']).only).toEqual(['handout'])
  })

  it('takes --out and --browser', () => {
    expect(parseExportArgs(['--out', 'print', '--browser', '/opt/chrome'])).toMatchObject({ out: 'print', browser: '/opt/chrome' })
  })

  it('prints the handout 3-up unless --handout asks for 2-up or 6-up', () => {
    expect(parseExportArgs([]).handout).toBe('3up')
    expect(parseExportArgs(['--handout', '2up']).handout).toBe('2up')
    expect(parseExportArgs(['--handout=6up']).handout).toBe('6up')
  })

  it.each([
    [['--handout', '4up'], /--handout takes 2up, 3up, 6up .*4up/],
    [['--only', 'bogus'], /--only takes .*bogus/],
    [['--only', ''], /--only takes/],
    [['--only', 'slides,pptx'], /pptx/],
    [['--out', ''], /--out needs a folder/],
    [['--format', 'png'], /--format/],
    [['slides.md'], /argument/],
  ])('rejects %j with a one-line usage error', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(UsageError)
    expect(() => parseExportArgs(argv)).toThrow(message)
    try {
      parseExportArgs(argv)
    }
    catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})
