/** The starter `npm run new-lesson` writes is a lesson the kit presents and exports as it is. */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printSiteDir } from '../../tools/build/ensureBuild'
import { root } from '../support/root'
import { lessonSuite, temporaryLessonFolder } from './lessonSuite'

describe('the starter from npm run new-lesson', () => {
  let folder: string
  let entry: string

  beforeAll(() => {
    folder = relative(root, temporaryLessonFolder())
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/new-lesson.ts', folder], { cwd: root, stdio: 'pipe' })
    entry = join(folder, 'slides.md')
  })

  afterAll(() => {
    rmSync(join(root, folder), { recursive: true, force: true })
    // Its print build was made for a folder that is gone: the export cache keeps it no longer.
    rmSync(printSiteDir(root, entry), { recursive: true, force: true })
    if (readdirSync(join(root, 'lessons')).length === 0)
      rmSync(join(root, 'lessons'), { recursive: true })
  })

  it('marks its example text as such', () => {
    const course = readFileSync(join(root, folder, 'data', 'course.ts'), 'utf8')
    expect(course).toMatch(/lessonTitle: '示例/)
  })

  lessonSuite('starter', () => entry)
})
