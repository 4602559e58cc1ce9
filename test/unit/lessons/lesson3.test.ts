/**
 * Lesson 3's fidelity to its sources (lessons/03-deployment/source/lesson3-source.md, a copy kept
 * in the lesson): its facts agree with the Kubernetes documentation's, its sentences are its own,
 * its source note cites every page, and it uses no deprecated flag.
 */
import type { Lesson } from '../../../kit/lesson/schema'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../../kit/deck/loadDeck'
import { loadLesson } from '../../../kit/lesson/loadLesson'
import { lessonModulePath } from '../../../kit/lesson/paths'
import { root } from '../../support/root'

const lessonRoot = join(root, 'lessons', '03-deployment')
const read = (path: string) => readFileSync(join(lessonRoot, path), 'utf8')
const source = read('source/lesson3-source.md')
const slidesMd = read('slides.md')
const dataText = readdirSync(join(lessonRoot, 'data')).map(file => read(join('data', file))).join('\n')

/** The source's quoted lines (its excerpts), and the code of its example manifest. */
const quotes = source.split('\n').filter(line => line.startsWith('> ')).map(line => line.slice(2))
const sourceManifest = /```yaml\n([\s\S]*?)```/.exec(source)![1]!

/** The fenced code blocks of slides.md, by language. */
function codeBlocks(language: string): string[] {
  return [...slidesMd.matchAll(new RegExp(`\`\`\`${language}[^\\n]*\\n([\\s\\S]*?)\`\`\``, 'g'))].map(m => m[1]!)
}

/** Text with punctuation and spacing dropped, so only wording counts. */
const wording = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '')

/** `key: value` facts of a manifest, flow mappings (`{ app: nginx }`) read like block ones. */
function manifestFacts(yaml: string): string[] {
  const text = yaml.replace(/#.*$/gm, '').replace(/\{([^}]*)\}/g, (_, inner: string) => `\n${inner.trim()}`)
  return [...text.matchAll(/([\w.]+):[ \t]+(\S[^\n]*)/g)].map(m => `${m[1]}=${m[2]!.trim()}`).sort()
}

describe('lesson 3: 应用编排与管理：Deployment', () => {
  let lesson: Lesson

  beforeAll(async () => {
    lesson = await loadLesson(lessonModulePath(lessonRoot))
  })

  it('shows the documentation\'s example Deployment, fact for fact', () => {
    const manifest = codeBlocks('yaml').find(code => code.includes('kind: Deployment'))!
    expect(manifestFacts(manifest)).toEqual(manifestFacts(sourceManifest))
  })

  it('cites every page of its sources in its source note, and names the Kubernetes version', () => {
    const note = read('source/README.md')
    const addresses = [...source.matchAll(/^URL: (\S+)$/gm)].map(m => m[1]!)
    expect(addresses).toHaveLength(7)
    expect(addresses.filter(address => !note.includes(address))).toEqual([])
    expect(note).toMatch(/Kubernetes v1\.\d+/)
    expect(lesson.plan[0]!.points.join('')).toMatch(/Kubernetes v1\.\d+/)
  })

  it('paraphrases: no run of ten words of a source excerpt is in its slides or data', () => {
    const lessonWording = wording(slidesMd + dataText)
    const copied = quotes.flatMap((quote) => {
      const words = wording(quote)
      const runs = Array.from({ length: Math.max(0, words.length - 9) }, (_, i) => words.slice(i, i + 10))
      // A run of Chinese wording; commands and field names are facts any paraphrase keeps.
      return runs.filter(run => /[\u4E00-\u9FFF]{6}/.test(run) && lessonWording.includes(run))
    })
    expect(copied).toEqual([])
  })

  it('uses the commands of its sources and no deprecated flag', () => {
    const commands = codeBlocks('bash').flatMap(code => code.split('\n')).filter(line => line.startsWith('kubectl'))
    expect(commands.filter(line => line.includes('--record'))).toEqual([])
    const used = commands.join('\n')
    for (const command of ['get pods --show-labels', 'label pods', 'scale deployment', 'set image deployment/nginx-deployment nginx=', 'rollout status deployment/', 'rollout undo deployment/', '--to-revision=2'])
      expect(used, command).toContain(command)
  })

  it('tells the selector kinds, the rollback and the history limit as the sources do', () => {
    for (const example of ['env=dev', 'env in (dev,test)', 'notin (front,back)', 'release：'])
      expect(slidesMd, example).toContain(example)
    expect(slidesMd).toMatch(/默认保留 10 个（`revisionHistoryLimit`）/)
    expect(lesson.liveQuestions.find(q => q.id === 'rollback-target')?.options[1]).toMatch(/ReplicaSet 扩回来/)
  })

  it('has its rolling-update steps as data, in the source\'s order: surge first, then unavailable', () => {
    const steps = (lesson as Lesson & { rollingUpdate: { title: string, text: string }[] }).rollingUpdate
    const text = steps.map(s => s.text).join('\n')
    expect(text.indexOf('maxSurge')).toBeGreaterThan(-1)
    expect(text.indexOf('maxSurge')).toBeLessThan(text.indexOf('maxUnavailable'))
    expect(steps[0]!.text).toContain('.spec.template')
  })

  it('plans 12 to 14 slides with minutes in their notes, within one 45-minute period', async () => {
    const slides = await loadDeck(lessonRoot)
    expect(slides.length).toBeGreaterThanOrEqual(12)
    expect(slides.length).toBeLessThanOrEqual(14)
    const total = lesson.plan.reduce((sum, p) => sum + p.minutes, 0)
    expect(total).toBeLessThanOrEqual(45)
    expect(total).toBeGreaterThanOrEqual(40)
    for (const slide of slides)
      expect(slide.note, `slide ${slide.no}`).toMatch(/计划 [\d.]+ 分钟/)
    expect(slides.at(-1)!.note).toContain(`（共 ${total} 分钟）`)
  }, 60_000)
})
