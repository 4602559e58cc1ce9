import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
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

  it('leaves NODE_ENV as it was, so a build started after it (the export\'s print site) ships Vue\'s production build', async () => {
    const nodeEnv = process.env.NODE_ENV
    try {
      delete process.env.NODE_ENV
      await loadLesson(modulePath)
      expect(process.env.NODE_ENV).toBeUndefined()
    }
    finally {
      process.env.NODE_ENV = nodeEnv
    }
  })

  it('tries again after a failure', async () => {
    writeFileSync(join(dir, 'course.ts'), 'export const course = \n')
    await expect(loadLesson(modulePath)).rejects.toThrow()
    writeTitle('修好了')
    const fixed = await loadLesson(modulePath) as unknown as { course: { lessonTitle: string } }
    expect(fixed.course.lessonTitle).toBe('修好了')
  })
})

describe('loadLesson with invalid content', () => {
  it('names the data file that writes the broken section, found in the lesson\'s folder', async () => {
    const kitLesson = join(import.meta.dirname, '../../../kit/lesson/index.ts')
    const lessonDir = mkdtempSync(join(tmpdir(), 'bad-lesson-'))
    const dataDir = join(lessonDir, 'data')
    mkdirSync(dataDir)
    try {
      // The dialogue lives in a file named as the author likes: no list of paths to keep in step.
      writeFileSync(join(dataDir, 'talk.ts'), 'export const dialogue = [{ speaker: \'nobody\', text: \'你好\' }]\n')
      writeFileSync(join(dataDir, 'cast.ts'), 'export const speakers = [{ id: \'ada\', name: \'阿达\', role: \'讲师\', avatar: \'/avatars/ada.svg\', side: \'left\' }]\n')
      writeFileSync(join(dataDir, 'index.ts'), [
        `import { defineLesson } from ${JSON.stringify(kitLesson)}`,
        'import { speakers } from \'./cast\'',
        'import { dialogue } from \'./talk\'',
        'const course = { name: \'课程\', lessonNumber: 3, lessonTitle: \'标题\', author: \'作者\', summaryLabel: \'简介\' }',
        'const plan = [{ id: \'cover\', minutes: 1, points: [\'要点\'], question: \'问题？\' }]',
        'export const lesson = defineLesson({ course, speakers, dialogue, plan })',
        '',
      ].join('\n'))
      await expect(loadLesson(join(dataDir, 'index.ts'))).rejects.toThrow('data/talk.ts: dialogue[0].speaker: unknown speaker "nobody" (known: ada)')
    }
    finally {
      rmSync(lessonDir, { recursive: true, force: true })
    }
  })
})
