import type { LessonInput } from '../../kit/lesson/schema'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lesson, lessonInput } from '../../data'
import { milestoneActorOptions, milestoneYearOptions, singleContainerCaptions } from '../../data/liveQuestionFacts'
import { sectionFiles } from '../../kit/lesson/loadLesson'
import { LessonDataError, locateProblems, validateLesson } from '../../kit/lesson/validateLesson'

const fileOf = sectionFiles(fileURLToPath(new URL('../../data', import.meta.url)))

function fixture(): LessonInput {
  return structuredClone(lessonInput) as LessonInput
}

function problemsOf(input: LessonInput): string[] {
  try {
    validateLesson(input)
    return []
  }
  catch (error) {
    if (error instanceof LessonDataError)
      return locateProblems(error, fileOf).problems.map(p => `${p.file}: ${p.path}: ${p.message}`)
    throw error
  }
}

function question(input: LessonInput, id: string): NonNullable<LessonInput['liveQuestions']>[number] {
  const found = input.liveQuestions?.find(q => q.id === id)
  if (!found)
    throw new Error(`no live question ${id}`)
  return found
}

describe('live questions of lesson 2', () => {
  it('sit on slides of the plan, each choice with a correct option and each poll without', () => {
    const planIds = lesson.plan.map(s => s.id)
    expect(lesson.liveQuestions.length).toBeGreaterThanOrEqual(2)
    for (const q of lesson.liveQuestions) {
      expect(planIds).toContain(q.slide)
      if (q.kind === 'choice')
        expect(q.options[q.correct!]).toBeDefined()
      else
        expect(q.correct).toBeUndefined()
    }
  })

  it('ask the year Kubernetes was open-sourced with the year the timeline shows as correct', () => {
    const q = lesson.liveQuestions.find(x => x.id === 'kubernetes-year')!
    const milestone = lesson.history.milestones.find(m => m.id === 'kubernetes-open-source')!
    expect(q.options[q.correct!]).toBe(`${milestone.year}年`)
  })

  it('follow an edit of the history: a moved milestone moves the answer', () => {
    const input = fixture()
    const milestones = input.history!.milestones.map(m => m.id === 'cni' ? { ...m, actors: ['Docker', 'CNI'] } : m)
    const derived = milestoneActorOptions(milestones, 'cni')
    expect(derived.options[derived.correct]).toBe('Docker')
  })
})

describe('milestoneYearOptions', () => {
  const milestones = lessonInput.history.milestones
  it('gives consecutive history years around the milestone, its year correct', () => {
    expect(milestoneYearOptions(milestones, 'kubernetes-open-source')).toEqual({ options: ['2013年', '2014年', '2015年', '2016年'], correct: 1 })
    expect(milestoneYearOptions(milestones, 'marathon')).toEqual({ options: ['2013年', '2014年', '2015年', '2016年'], correct: 0 })
    expect(milestoneYearOptions(milestones, 'kubernetes-graduated')).toEqual({ options: ['2015年', '2016年', '2017年', '2018年'], correct: 3 })
  })

  it('names an unknown milestone', () => {
    expect(() => milestoneYearOptions(milestones, 'nope')).toThrowError(/no milestone "nope" in data\/history.ts/)
  })
})

describe('singleContainerCaptions', () => {
  it('lists the lone-container situations of the comparison, in its order', () => {
    expect(singleContainerCaptions(lessonInput.comparison, lessonInput.topologies)).toEqual(['宿主机故障', '停机升级', '访问量超出处理能力'])
  })
})

describe('validateLesson on live questions', () => {
  it('names a question placed on a slide the plan does not have', () => {
    const input = fixture()
    question(input, 'cni-author').slide = 'history-2099'
    expect(problemsOf(input)).toEqual([
      'data/liveQuestions.ts: liveQuestions[2].slide: unknown slide "history-2099": use a plan id of the lesson\'s plan',
    ])
  })

  it('requires a correct option for a choice and none for a poll', () => {
    const input = fixture()
    delete question(input, 'kubernetes-year').correct
    question(input, 'hardest-risk').correct = 0
    expect(problemsOf(input)).toEqual([
      'data/liveQuestions.ts: liveQuestions[0].correct: poll "hardest-risk" has no correct option: remove correct or make it a choice',
      'data/liveQuestions.ts: liveQuestions[1].correct: choice question "kubernetes-year" needs the index of its correct option',
    ])
  })

  it('refuses a correct index past the options and an option listed twice', () => {
    const input = fixture()
    question(input, 'cni-author').correct = 3
    question(input, 'kubernetes-year').options = ['2013年', '2013年']
    question(input, 'kubernetes-year').correct = 0
    expect(problemsOf(input)).toEqual([
      'data/liveQuestions.ts: liveQuestions[1].options: option "2013年" is listed twice',
      'data/liveQuestions.ts: liveQuestions[2].correct: index 3 is past the last of 3 options',
    ])
  })

  it('refuses two questions with one id', () => {
    const input = fixture()
    question(input, 'cni-author').id = 'kubernetes-year'
    expect(problemsOf(input)).toEqual(['data/liveQuestions.ts: liveQuestions[2].id: duplicate live question id "kubernetes-year"'])
  })
})
