import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STARTER } from '../../../tools/new-lesson/scaffold'
import { root } from '../../support/root'

let lessons: string

function newLesson(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-lesson.ts', ...args], { cwd: root, encoding: 'utf8' })
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}

beforeEach(() => {
  mkdirSync(join(root, 'lessons'), { recursive: true })
  lessons = mkdtempSync(join(root, 'lessons', '.tmp-unit-'))
})

afterEach(() => {
  rmSync(lessons, { recursive: true, force: true })
  if (readdirSync(join(root, 'lessons')).length === 0)
    rmSync(join(root, 'lessons'), { recursive: true })
})

describe('npm run new-lesson', { timeout: 30_000 }, () => {
  it('writes the starter lesson into a new folder and says how to present and export it', () => {
    const folder = relative(root, join(lessons, 'three'))
    const run = newLesson(folder)
    expect(run.status).toBe(0)
    expect(filesUnder(join(root, folder))).toEqual(filesUnder(STARTER))
    expect(run.stdout).toContain(`npm run export -- --entry ${folder}/slides.md`)
    expect(run.stdout).toContain(`npm run present -- --entry ${folder}/slides.md`)
  })

  it('takes an empty folder', () => {
    const run = newLesson(relative(root, lessons))
    expect(run.status).toBe(0)
    expect(existsSync(join(lessons, 'slides.md'))).toBe(true)
  })

  it('refuses a folder with something in it, with one line and exit 2, leaving it as it was', () => {
    writeFileSync(join(lessons, 'notes.txt'), '我的笔记')
    const run = newLesson(relative(root, lessons))
    expect(run.status).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/is not empty/)
    expect(filesUnder(lessons)).toEqual(['notes.txt'])
    expect(readFileSync(join(lessons, 'notes.txt'), 'utf8')).toBe('我的笔记')
  })

  it('refuses a folder outside the project, saying why (the kit is found through its node_modules)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'new-lesson-'))
    try {
      const run = newLesson(join(outside, 'lesson'))
      expect(run.status).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(/outside the project.*node_modules/)
      expect(readdirSync(outside)).toEqual([])
    }
    finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('asks for a folder when given none', () => {
    const run = newLesson()
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/give the new lesson's folder/)
  })
})

describe('the starter', () => {
  it('marks every text a learner sees as an example (示例), but for the fixed labels', () => {
    const data = readdirSync(join(STARTER, 'data')).map(file => readFileSync(join(STARTER, 'data', file), 'utf8')).join('\n')
    const chinese = [...data.matchAll(/'([^'\u4E00-\u9FFF]*[\u4E00-\u9FFF][^']*)'/g)].map(m => m[1]!)
    const fixed = new Set(['简介', '练习实验', '用户', '访问地址', '服务器 1', '服务器 2', '应用 1', '应用 2'])
    expect(chinese.length).toBeGreaterThan(20)
    expect(chinese.filter(text => !text.includes('示例') && !fixed.has(text))).toEqual([])
  })
})
