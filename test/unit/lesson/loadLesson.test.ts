import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadLesson } from '../../../kit/lesson/loadLesson'

let dir: string
let modulePath: string

function writeTitle(title: string): void {
  writeFileSync(join(dir, 'course.ts'), `export const course = { lessonTitle: ${JSON.stringify(title)} }\n`)
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'load-lesson-'))
  mkdirSync(dir, { recursive: true })
  modulePath = join(dir, 'index.ts')
  writeFileSync(modulePath, 'import { course } from \'./course\'\nexport const lesson = { course }\n')
  writeTitle('为什么需要容器集群')
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('loadLesson', () => {
  it('sees an edit to any file of the lesson\'s folder made since the last load', async () => {
    const first = await loadLesson(modulePath) as unknown as { course: { lessonTitle: string } }
    expect(first.course.lessonTitle).toBe('为什么需要容器集群')
    writeTitle('容器编排')
    const second = await loadLesson(modulePath) as unknown as { course: { lessonTitle: string } }
    expect(second.course.lessonTitle).toBe('容器编排')
  })

  it('loads an unchanged lesson once, however often it is asked for', async () => {
    const [a, b] = await Promise.all([loadLesson(modulePath), loadLesson(modulePath)])
    expect(b).toBe(a)
    expect(await loadLesson(modulePath)).toBe(a)
  })

  it('tries again after a failure', async () => {
    writeFileSync(join(dir, 'course.ts'), 'export const course = \n')
    await expect(loadLesson(modulePath)).rejects.toThrow()
    writeTitle('修好了')
    const fixed = await loadLesson(modulePath) as unknown as { course: { lessonTitle: string } }
    expect(fixed.course.lessonTitle).toBe('修好了')
  })
})
