import type { LessonForExport } from '../../../tools/export/deck'
import { describe, expect, it } from 'vitest'
import { buildExportDeck } from '../../../tools/export/deck'

const lesson: LessonForExport = {
  course: { name: '课程', lessonNumber: 2, lessonTitle: '为什么需要容器集群', author: '课程组' },
  plan: [
    { id: 'cover', minutes: 1, question: '问一' },
    { id: 'why', title: '为什么', minutes: 2.5, question: '问二' },
  ],
}

describe('buildExportDeck', () => {
  it('joins slides to their plan and keeps a running total of minutes', () => {
    const deck = buildExportDeck([
      { title: '为什么需要容器集群', note: '讲稿一', frontmatter: { plan: 'cover' } },
      { title: '为什么', note: '  讲稿二\n', frontmatter: { plan: 'why' } },
    ], lesson)
    expect(deck.slides.map(s => [s.no, s.minutes, s.runningMinutes, s.question, s.note])).toEqual([
      [1, 1, 1, '问一', '讲稿一'],
      [2, 2.5, 3.5, '问二', '讲稿二'],
    ])
    expect(deck.totalMinutes).toBe(3.5)
    expect(deck.metadata).toMatchObject({ title: '为什么需要容器集群', author: '课程组', course: '课程', lesson: '课时 2：为什么需要容器集群' })
  })

  it('names a slide whose plan id is missing from the data', () => {
    expect(() => buildExportDeck([{ frontmatter: { plan: 'gone' } }], lesson)).toThrow(/slide 1 names plan "gone"/)
  })
})
