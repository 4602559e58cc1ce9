import type { LessonProblem } from '../../../kit/lesson/validateLesson'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadLesson } from '../../../kit/lesson/loadLesson'
import { publicLesson } from '../../../kit/lesson/publicLesson'
import { blocks, presenterOnly, presenterOnlyKeys } from '../../../kit/lesson/sections'
import { isLessonDataError, validateLesson } from '../../../kit/lesson/validateLesson'
import { course } from '../../fixtures/lesson-fixture/data/course'
import { plan } from '../../fixtures/lesson-fixture/data/plan'

const fixtureModule = fileURLToPath(new URL('../../fixtures/lesson-fixture/data/index.ts', import.meta.url))
const base = { course, plan }
const steps = [{ title: '第一步', text: '创建新的 ReplicaSet。' }, { title: '第二步', text: '逐个替换旧 Pod。' }]

function problems(input: unknown, sections = {}): LessonProblem[] {
  try {
    validateLesson(input, sections)
  }
  catch (error) {
    if (isLessonDataError(error))
      return [...error.problems]
    throw error
  }
  return []
}

describe('a lesson\'s own sections', () => {
  it('are checked against the kit block they are declared with, and kept', () => {
    const lesson = validateLesson({ ...base, rollout: steps }, { rollout: blocks.steps })
    expect((lesson as unknown as { rollout: unknown }).rollout).toEqual(steps)
  })

  it('name the section and field of a mistake in one', () => {
    expect(problems({ ...base, rollout: [steps[0], { title: '  ', text: '空标题' }] }, { rollout: blocks.steps }))
      .toEqual([{ section: 'rollout', path: 'rollout[1].title', message: 'must not be empty' }])
    expect(problems({ ...base }, { rollout: blocks.steps }).map(p => p.path)).toEqual(['rollout'])
  })

  it('refuse an undeclared section, naming the sections allowed and how to declare one', () => {
    const [problem, ...rest] = problems({ ...base, rollingUpdate: steps, answers: ['B'] }, { answers: blocks.points })
    expect(rest).toEqual([])
    expect(problem?.section).toBe('rollingUpdate')
    expect(problem?.message).toMatch(/^unknown section "rollingUpdate": allowed are course, opening, speakers, dialogue, .*plan, liveQuestions; the lesson's own: answers\./)
    expect(problem?.message).toContain('sections: { rollingUpdate: blocks.')
  })

  it('may not take the name of a kit section', () => {
    expect(problems({ ...base }, { recap: blocks.points })[0]?.message).toMatch(/"recap" is a section of the kit/)
  })

  it('can be presenter-only: listed by presenterOnlyKeys and left out of the public lesson', () => {
    const lesson = validateLesson({ ...base, rollout: steps, answers: ['B'] }, { rollout: blocks.steps, answers: presenterOnly(blocks.points) })
    expect(presenterOnlyKeys(lesson)).toEqual(['answers'])
    const open = publicLesson(lesson)
    expect(Object.keys(open)).toContain('rollout')
    expect(Object.keys(open)).not.toContain('answers')
    expect(JSON.stringify(open)).not.toContain('"B"')
    // The list rides on the lesson itself, never in what is serialised for a browser.
    expect(JSON.stringify(lesson)).not.toContain('presenterOnly')
  })

  it('keep their presenter-only mark through the loader (the fixture lesson\'s answerKey)', async () => {
    const lesson = await loadLesson(fixtureModule)
    expect(presenterOnlyKeys(lesson)).toEqual(['answerKey'])
    expect(Object.keys(lesson)).toContain('upgradeSteps')
    expect(Object.keys(publicLesson(lesson))).not.toContain('answerKey')
  })
})
