import type { DeckSlide } from '../../kit/deck/loadDeck'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { loadDeck } from '../../kit/deck/loadDeck'
import { notesLabels } from '../../kit/labels'
import { buildSchedule } from '../../kit/slides/schedule'
import { checkTopologyRefs, planSlide } from '../../kit/slides/slidePlanning'
import { renderSpeakerNotes, speakerNotesOf } from '../../kit/slides/speakerNotes'
import { root } from '../support/root'

let slides: DeckSlide[]

beforeAll(async () => {
  slides = await loadDeck(root)
})

describe('slides.md as Slidev reads it', () => {
  it('has one slide per plan entry, in the plan\'s order', () => {
    expect(slides.map(s => s.frontmatter.plan)).toEqual(lesson.plan.map(p => p.id))
  })

  it('gives every slide its title from the plan (the cover: the lesson title)', () => {
    expect(slides[0]!.title).toBe(lesson.course.lessonTitle)
    for (const [index, plan] of lesson.plan.entries()) {
      if (plan.title)
        expect(slides[index]!.title).toBe(plan.title)
    }
  })

  it('gives every slide speaker notes with its minutes, talking points and a question', () => {
    for (const [index, slide] of slides.entries()) {
      const plan = lesson.plan[index]!
      expect(slide.note, `slide ${slide.no}`).toContain(`计划 ${plan.minutes} 分钟`)
      for (const point of plan.points)
        expect(slide.note).toContain(point)
      expect(slide.note).toContain(`**${notesLabels.question}：** ${plan.question}`)
    }
  })

  it('plans the lesson within one 45-minute class period', () => {
    const { total } = buildSchedule(lesson.plan)
    expect(total).toBeGreaterThanOrEqual(30)
    expect(total).toBeLessThanOrEqual(45)
    expect(slides.at(-1)!.note).toContain(`第 ${total - lesson.plan.at(-1)!.minutes}–${total} 分钟（共 ${total} 分钟）`)
  })

  it('reads the source summary line on the cover', () => {
    expect(slides[0]!.note).toContain('简介：云原生容器Clouder认证：容器应用与集群管理—课时2：为什么需要容器集群')
  })
})

describe('planSlide', () => {
  const schedule = buildSchedule(lesson.plan)

  it('refuses a slide without a plan, saying where and what to add', () => {
    expect(() => planSlide({ layout: 'default' }, lesson.course, schedule, 'slide 4 of slides.md'))
      .toThrow('slide 4 of slides.md: every slide needs "plan: <id>" in its frontmatter')
  })

  it('refuses an unknown plan id, listing the known ones', () => {
    expect(() => planSlide({ plan: 'dialogue-9' }, lesson.course, schedule, 'slide 3'))
      .toThrow(/^slide 3: plan: unknown slide plan "dialogue-9" \(data\/plan\.ts has: cover, opening, /)
  })

  it('leaves an import placeholder to the slides it imports', () => {
    expect(planSlide({ src: './slides/more.md' }, lesson.course, schedule, 'slide 1')).toBeNull()
  })

  it('keeps notes written by hand as a field, rendered after the planned ones', () => {
    const planned = planSlide({ plan: 'opening' }, lesson.course, schedule, 'slide 2')!
    const notes = planned.notes('Remember the projector remote.\n')
    expect(notes).toMatchObject({ handNotes: 'Remember the projector remote.', question: lesson.plan[1]!.question, minutes: lesson.plan[1]!.minutes })
    const markdown = renderSpeakerNotes(notes)
    expect(markdown.indexOf('Remember the projector remote.')).toBeGreaterThan(markdown.indexOf(notesLabels.question))
  })

  it('gives the cover the source\'s summary line as a preface, and other slides none', () => {
    expect(planSlide({ plan: 'cover', layout: 'cover' }, lesson.course, schedule, 'slide 1')!.notes().preface).toContain(lesson.course.lessonTitle)
    expect(planSlide({ plan: 'opening' }, lesson.course, schedule, 'slide 2')!.notes().preface).toBeUndefined()
  })
})

describe('renderSpeakerNotes', () => {
  it('shows the running minutes, fractions included', () => {
    const plan = { id: 'x', minutes: 1.5, points: ['a'], question: 'q?' }
    const notes = renderSpeakerNotes(speakerNotesOf({ plan, start: 3, end: 4.5 }, 44.5))
    expect(notes.split('\n')[0]).toBe('**计划 1.5 分钟** ｜ 第 3–4.5 分钟（共 44.5 分钟）')
  })
})

describe('slides.md stays a composition', () => {
  it('has no <script> blocks: content comes from data/ through components', () => {
    expect(readFileSync(resolve(root, 'slides.md'), 'utf8')).not.toMatch(/<script/i)
  })
})

describe('checkTopologyRefs', () => {
  const ids = lesson.topologies.map(t => t.id)

  it('accepts the diagrams slides.md asks for', () => {
    expect(() => checkTopologyRefs(`<TopologyDiagram :topology="$topology('cluster-failover')" />`, ids, 'slide 8')).not.toThrow()
  })

  it('names the slide and the unknown id instead of rendering an empty slide', () => {
    expect(() => checkTopologyRefs(`<TopologyDiagram :topology="$topology('cluster-falover')" />`, ids, 'slide 8'))
      .toThrow(/^slide 8: \$topology\('cluster-falover'\): unknown topology \(data\/topologies\.ts has: single-host-failure, /)
  })
})
