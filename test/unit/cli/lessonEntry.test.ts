import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../../../tools/cli/commandLine'
import { lessonEntry } from '../../../tools/cli/lessonEntry'

let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lesson-entry-'))
  mkdirSync(join(root, 'lessons/03-deployment/data'), { recursive: true })
  writeFileSync(join(root, 'lessons/03-deployment/slides.md'), '# 课时 3')
  writeFileSync(join(root, 'slides.md'), '# 课时 2')
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('lessonEntry: the lesson a command was given', () => {
  it('takes a slides file as written', () => {
    expect(lessonEntry(root, 'slides.md')).toBe('slides.md')
    expect(lessonEntry(root, 'lessons/03-deployment/slides.md')).toBe('lessons/03-deployment/slides.md')
  })

  it('takes a lesson\'s folder for its slides.md', () => {
    expect(lessonEntry(root, 'lessons/03-deployment')).toBe(join('lessons/03-deployment', 'slides.md'))
  })

  it('says what is wrong with anything else, as bad usage', () => {
    const problem = (given: string): string => {
      try {
        lessonEntry(root, given)
        return 'accepted'
      }
      catch (error) {
        expect(error).toBeInstanceOf(UsageError)
        return (error as Error).message
      }
    }
    expect(problem('nope/slides.md')).toBe('no lesson at nope/slides.md: give a lesson\'s slides file or its folder')
    expect(problem('lessons')).toBe('lessons is a folder without a slides.md: give a lesson\'s slides file or its folder')
    expect(problem('lessons/03-deployment/data')).toContain('is a folder without a slides.md')
    writeFileSync(join(root, 'notes.txt'), 'x')
    expect(problem('notes.txt')).toBe('notes.txt is not a lesson\'s slides file (a Markdown file, such as slides.md)')
  })
})
