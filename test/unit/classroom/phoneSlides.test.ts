import type { DeckSlide } from '../../../kit/deck/loadDeck'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { slideClicks } from '../../../kit/classroom/slideModel'
import { loadDeck } from '../../../kit/deck/loadDeck'
import { publicLesson } from '../../../kit/lesson/publicLesson'
import { buildPhoneSlides } from '../../../tools/classroom/phoneSlides'

const root = resolve(import.meta.dirname, '../../..')
const svgs = new Map(lesson.topologies.map(t => [t.id, `<svg data-id="${t.id}"></svg>`]))

function slide(content: string): DeckSlide {
  return { no: 1, title: 'T', note: '', content: `# T\n\n${content}`, frontmatter: {} }
}

describe('buildPhoneSlides', () => {
  it('evaluates bound props against the lesson as the deck does', () => {
    const [built] = buildPhoneSlides([slide('<DialogueScene :speakers="$lesson.speakers" :turns="$lesson.dialogue.slice(2, 4)" />')], lesson, svgs)
    expect(built!.blocks).toEqual([{
      kind: 'dialogue',
      turns: lesson.dialogue.slice(2, 4).map(turn => ({ speaker: lesson.speakers.find(s => s.id === turn.speaker)!.name, side: lesson.speakers.find(s => s.id === turn.speaker)!.side, text: turn.text })),
    }])
  })

  it('repeats an element for each item of its v-for and reads its interpolations', () => {
    const [built] = buildPhoneSlides([slide('<p v-for="paragraph in $lesson.necessity.paragraphs" :key="paragraph" class="lead">{{ paragraph }}</p>')], lesson, svgs)
    expect(built!.blocks).toEqual(lesson.necessity.paragraphs.map(text => ({ kind: 'paragraph', tone: 'lead', text })))
  })

  it('picks a topology by id and refers to its diagram drawn at build time', () => {
    const [built] = buildPhoneSlides([slide('<TopologyDiagram :topology="$topology(\'cluster\')" layout="row" />')], lesson, svgs)
    expect(built!.blocks[0]).toMatchObject({ kind: 'diagrams', stepped: false, items: [{ topology: 'cluster', caption: '容器集群' }] })
  })

  it('stops at a component with no phone view, naming the slide and the tag', () => {
    expect(() => buildPhoneSlides([slide('<FancyChart :data="$lesson.recap" />')], lesson, svgs)).toThrowError('slide 1 (T): <FancyChart> has no phone view: add it to tools/classroom/phoneBlocks.ts')
  })

  it('stops at a diagram that was not drawn', () => {
    expect(() => buildPhoneSlides([slide('<TopologyDiagram :topology="$topology(\'cluster\')" />')], lesson, new Map())).toThrowError(/no diagram was drawn for topology "cluster"/)
  })

  it('gives every slide of lesson 2 content, the deck\'s click counts and no speaker note', async () => {
    const slides = buildPhoneSlides(await loadDeck(root), publicLesson(lesson), svgs)
    expect(slides).toHaveLength(22)
    expect(slides.filter(s => s.blocks.length === 0).map(s => s.no)).toEqual([])
    // Dialogue of two turns, gallery of three diagrams, comparison of three rows, four questions.
    expect([3, 6, 12, 13].map(no => slideClicks(slides[no - 1]!))).toEqual([1, 2, 2, 3])
    const text = JSON.stringify(slides)
    expect(lesson.plan.flatMap(p => [...p.points, p.question]).filter(sentence => text.includes(sentence))).toEqual([])
  })
})

describe('publicLesson', () => {
  it('keeps question prompts, drops the plan (minutes, talking points, class questions) and correct answers', () => {
    const open = publicLesson(lesson)
    expect('plan' in open).toBe(false)
    expect(open.liveQuestions.map(q => q.prompt)).toEqual(lesson.liveQuestions.map(q => q.prompt))
    expect(open.liveQuestions.some(q => 'correct' in q)).toBe(false)
  })
})
