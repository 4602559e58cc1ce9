/**
 * The export refuses a slide whose content runs past the canvas, naming the slide and the
 * element: a six-turn dialogue on one slide, in a copy of the blocks fixture lesson.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { runExport } from '../support/exportRun'
import { root } from '../support/root'
import { temporaryLessonFolder } from './lessonSuite'

let folder: string
let out: string

const TURNS = [
  ['ajie', '林姐，我把 Deployment 的副本数从三改成五，为什么过了一会儿又变回三了？'],
  ['linjie', '你是直接改了集群里的对象吧？流水线每次发布都会把仓库里的清单重新应用一遍。'],
  ['ajie', '原来如此。那我应该改仓库里的 YAML，再让流水线去应用它，对吗？'],
  ['linjie', '对。期望状态写在仓库里，集群只是在追赶它；手工改动迟早会被覆盖。'],
  ['ajie', '如果流量突然上来，我等不及流水线，又该怎么办呢？有没有更快的办法？'],
  ['linjie', '那就配置 HorizontalPodAutoscaler，让它按 CPU 使用率自动调整副本数，不必手工去改。'],
]

beforeAll(() => {
  folder = temporaryLessonFolder()
  out = mkdtempSync(join(tmpdir(), 'lesson-overflow-'))
  cpSync(join(root, 'test/fixtures/blocks-lesson'), folder, { recursive: true, filter: source => !/\/(?:dist|dist-public)$/.test(source) })
  writeFileSync(join(folder, 'data/dialogue.ts'), `export const dialogue = ${JSON.stringify(TURNS.map(([speaker, text]) => ({ speaker, text })))}\n`)
  const plan = readFileSync(join(folder, 'data/plan.ts'), 'utf8')
  writeFileSync(join(folder, 'data/plan.ts'), plan.replace(/\n\]\n?$/, `\n  { id: 'dialogue', title: '六句对话', minutes: 3, points: ['逐句点击。'], question: '副本数为什么会变回去？' },\n]\n`))
  writeFileSync(join(folder, 'slides.md'), `${readFileSync(join(folder, 'slides.md'), 'utf8')}\n---\nplan: dialogue\n---\n\n<DialogueScene :speakers="$lesson.speakers" :turns="$lesson.dialogue" />\n`)
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

it('fails the export on a six-turn dialogue that runs off its slide, naming the slide and the element', async () => {
  const exported = await runExport(['--entry', join(relative(root, folder), 'slides.md'), '--out', out])
  expect(exported.code).not.toBe(0)
  expect(exported.stderr).toContain('content runs off a slide')
  expect(exported.stderr).toMatch(/slide 6 \(六句对话\): \S*turn__\S* "[^"]+".* run past the slide/)
})
