/**
 * The export checks every slide at every click and refuses, naming the slide, the click and the
 * element, content that runs past the canvas (a six-turn dialogue; a v-switch whose first state
 * is taller than its last), text in the margin a projector may crop (a footnote 6 px from the
 * bottom) and text shown under 16 px (a paragraph scaled to half its size), in a copy of the
 * blocks fixture lesson. One export finds all four.
 */
import type { Finished } from '../support/exportRun'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { printSiteDir } from '../../tools/build/ensureBuild'
import { plan as fixturePlan } from '../fixtures/blocks-lesson/data/plan'
import { runExport } from '../support/exportRun'
import { root } from '../support/root'
import { temporaryLessonFolder } from './lessonSuite'

let folder: string
let out: string
let exported: Finished

const TURNS = [
  ['ajie', '林姐，我把 Deployment 的副本数从三改成五，为什么过了一会儿又变回三了？'],
  ['linjie', '你是直接改了集群里的对象吧？流水线每次发布都会把仓库里的清单重新应用一遍。'],
  ['ajie', '原来如此。那我应该改仓库里的 YAML，再让流水线去应用它，对吗？'],
  ['linjie', '对。期望状态写在仓库里，集群只是在追赶它；手工改动迟早会被覆盖。'],
  ['ajie', '如果流量突然上来，我等不及流水线，又该怎么办呢？有没有更快的办法？'],
  ['linjie', '那就配置 HorizontalPodAutoscaler，让它按 CPU 使用率自动调整副本数，不必手工去改。'],
]

/** The slides added after the fixture's own, numbered on from them. */
const [DIALOGUE, SWITCH, SCALED, EDGE] = [1, 2, 3, 4].map(n => fixturePlan.length + n)
const PLAN = [
  { id: 'dialogue', title: '六句对话', minutes: 3, points: ['逐句点击。'], question: '副本数为什么会变回去？' },
  { id: 'switch', title: '先长后短', minutes: 1, points: ['第一步的内容比最后一步高。'], question: '收起之前看到了什么？' },
  { id: 'scaled', title: '缩小的段落', minutes: 1, points: ['点击后出现一段缩小一半的文字。'], question: '后排能看清吗？' },
  { id: 'edge', title: '贴边的脚注', minutes: 1, points: ['一行字贴着幻灯片底边。'], question: '投影仪会裁掉它吗？' },
]

const SLIDES = `
---
plan: dialogue
---

<DialogueScene :speakers="$lesson.speakers" :turns="$lesson.dialogue" />

---
plan: switch
---

<v-switch>
  <template #0><div class="tall-list" style="height: 700px">先显示的长列表，比幻灯片还高</div></template>
  <template #1><p>收起之后只剩一句话。</p></template>
</v-switch>

---
plan: scaled
---

<div v-click style="transform: scale(0.5); transform-origin: top left">
  <p class="scaled-note">缩小一半的段落，后排看不清。</p>
</div>

---
plan: edge
---

<p class="edge-note" style="position: absolute; left: 56px; bottom: 6px; margin: 0">贴着底边的脚注，投影仪可能裁掉。</p>
`

beforeAll(async () => {
  folder = temporaryLessonFolder()
  out = mkdtempSync(join(tmpdir(), 'lesson-overflow-'))
  cpSync(join(root, 'test/fixtures/blocks-lesson'), folder, { recursive: true, filter: source => !/\/(?:dist|dist-public)$/.test(source) })
  writeFileSync(join(folder, 'data/dialogue.ts'), `export const dialogue = ${JSON.stringify(TURNS.map(([speaker, text]) => ({ speaker, text })))}\n`)
  const plan = readFileSync(join(folder, 'data/plan.ts'), 'utf8')
  writeFileSync(join(folder, 'data/plan.ts'), plan.replace(/\n\]\n?$/, `\n${PLAN.map(entry => `  ${JSON.stringify(entry)},`).join('\n')}\n]\n`))
  writeFileSync(join(folder, 'slides.md'), `${readFileSync(join(folder, 'slides.md'), 'utf8')}${SLIDES}`)
  exported = await runExport(['--entry', join(relative(root, folder), 'slides.md'), '--out', out])
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  // Its print build was made for a folder that is gone: the export cache keeps it no longer.
  rmSync(printSiteDir(root, join(relative(root, folder), 'slides.md')), { recursive: true, force: true })
})

it('fails the export on a six-turn dialogue that runs off its slide, naming the slide, the click and the element', () => {
  expect(exported.code).toBe(1)
  expect(exported.stderr).toContain('content runs off 3 slides')
  expect(exported.stderr).toMatch(new RegExp(`slide ${DIALOGUE} \\(六句对话\\) at click \\d: \\S*turn\\S* "[^"]+" runs past the slide`))
  expect(existsSync(join(out, 'slides.pdf')), 'nothing is written').toBe(false)
})

it('fails it on content that runs off only at an intermediate click, naming that click', () => {
  // The last click fits: printing each slide at its last click alone would not see it.
  expect(exported.stderr).toContain(`slide ${SWITCH} (先长后短) at click 0: div.tall-list "先显示的长列表，比幻灯片还高" runs past the slide\n`)
})

it('fails it on text inside the slide but in the margin a projector may crop, naming the edge', () => {
  expect(exported.stderr).toMatch(new RegExp(`slide ${EDGE} \\(贴边的脚注\\): p\\.edge-note "贴着底边的脚注，投影仪可能裁掉。" runs into the slide's 24-px margin \\(\\d px from the bottom edge\\), which a projector may crop\n`))
  // Nothing of the fixture's own slides is that near an edge.
  expect(exported.stderr).not.toMatch(new RegExp(`slide (?!(?:${DIALOGUE}|${SWITCH}|${SCALED}|${EDGE}) )\\d+ .*runs into the slide's`))
})

it('fails it on text scaled below 16 px, naming the slide, the click, the element and the text, with what to do', () => {
  expect(exported.stderr).toMatch(new RegExp(`text under 16 px on a slide .*\\n {2}slide ${SCALED} \\(缩小的段落\\) at click 1: p\\.scaled-note "缩小一半的段落，后排看不清。" at \\d+(?:\\.\\d)? px\\n`))
  expect(exported.stderr).toMatch(/give it more room .* or split it/)
  // Nothing else of the fixture is under 16 px, at any click.
  expect(exported.stderr).not.toMatch(new RegExp(`slide (?!${SCALED} )\\d+ .* at [\\d.]+ px`))
})
