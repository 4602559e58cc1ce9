import type { LessonForExport } from '../../../tools/export/deck'
import { describe, expect, it } from 'vitest'
import { buildExportDeck } from '../../../tools/export/deck'
import { handoutSheets, notesSheets } from '../../../tools/export/html'
import { layoutHandout, layoutNotesPage } from '../../../tools/export/layout'

const lesson: LessonForExport = {
  course: { name: '课程', lessonNumber: 2, lessonTitle: '为什么需要容器集群', author: '课程组', summaryLabel: '简介' },
  plan: [
    { id: 'cover', minutes: 1, points: ['要点一'], question: '问一' },
    { id: 'why', title: '为什么', minutes: 2.5, points: ['要点二', '要点三'], question: '问二' },
  ],
}

describe('buildExportDeck', () => {
  it('gives every slide its notes as fields: minutes, running total, points, question, hand notes', () => {
    const deck = buildExportDeck([
      { plan: 'cover', layout: 'cover' },
      { plan: 'why', handNotes: '  Bring the **printed** map.\n' },
    ], lesson)
    expect(deck.slides.map(({ no, title, notes }) => [no, title, notes.minutes, notes.end, notes.question, notes.points, notes.handNotes])).toEqual([
      [1, '为什么需要容器集群', 1, 1, '问一', ['要点一'], undefined],
      [2, '为什么', 2.5, 3.5, '问二', ['要点二', '要点三'], 'Bring the **printed** map.'],
    ])
    expect(deck.slides[0]!.notes.preface).toBe('简介：课程—课时2：为什么需要容器集群')
    expect(deck.totalMinutes).toBe(3.5)
    expect(deck.metadata).toMatchObject({ title: '为什么需要容器集群', author: '课程组', course: '课程', lesson: '课时 2：为什么需要容器集群' })
  })

  it('names a slide whose plan id is missing from the data', () => {
    expect(() => buildExportDeck([{ plan: 'gone' }], lesson)).toThrow(/slide 1: plan: unknown slide plan "gone"/)
  })
})

describe('the sheets around the slides', () => {
  const deck = buildExportDeck([{ plan: 'cover', layout: 'cover' }, { plan: 'why', handNotes: 'Bring the **printed** map.' }], lesson)

  it('leave one slot per slide, in order, on the handout and the notes', () => {
    const slots = (html: string) => [...html.matchAll(/data-slot="(\d+)"/g)].map(match => Number(match[1]))
    expect(slots(handoutSheets(deck, layoutHandout(2, 16 / 9, '6up')).html)).toEqual([1, 2])
    expect(slots(notesSheets(deck, layoutNotesPage(16 / 9)).html)).toEqual([1, 2])
  })

  it('print the question once, in its box, and the hand notes as Markdown', () => {
    const { html } = notesSheets(deck, layoutNotesPage(16 / 9))
    expect(html.match(/问二/g)).toHaveLength(1)
    expect(html).toContain('<aside class="question"><p class="label">课堂提问</p><p>问二</p></aside>')
    expect(html).toContain('<strong>printed</strong>')
    expect(html).toContain('本页 2.5 分钟 · 累计 3.5 / 3.5 分钟')
  })

  it('add no heading: each slide brings its own', () => {
    const sheets = [handoutSheets(deck, layoutHandout(2, 16 / 9)), notesSheets(deck, layoutNotesPage(16 / 9))]
    for (const { html } of sheets)
      expect(html).not.toMatch(/<h\d|role="heading"/)
  })
})

describe('the notes\' live questions', () => {
  it('lists each slide\'s live questions with their options and marks the correct answer', () => {
    const withQuestions: LessonForExport = {
      ...lesson,
      liveQuestions: [
        { id: 'q1', slide: 'why', kind: 'choice', prompt: '哪个对象管理 Pod？', options: ['Deployment', 'ReplicaSet', 'Service'], correct: 1 },
        { id: 'q2', slide: 'why', kind: 'poll', prompt: '你用过 kubectl 吗？', options: ['用过', '没用过'] },
      ],
    }
    const deck = buildExportDeck([{ plan: 'cover' }, { plan: 'why' }], withQuestions)
    expect(deck.slides[0]!.liveQuestions).toEqual([])
    expect(deck.slides[1]!.liveQuestions.map(q => q.id)).toEqual(['q1', 'q2'])
    const html = notesSheets(deck, layoutNotesPage(16 / 9)).html
    expect(html).toContain('哪个对象管理 Pod？')
    expect(html).toMatch(/<li>ReplicaSet<strong>（正确答案）<\/strong><\/li>/)
    expect(html).not.toMatch(/<li>Deployment<strong>/)
    expect(html).toContain('你用过 kubectl 吗？')
    expect(html).toContain('投票，无标准答案')
  })
})
