import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lessonInput } from '../../../data'
import { sectionFiles } from '../../../kit/lesson/loadLesson'
import { formatPath, LessonDataError, locateProblems, validateLesson } from '../../../kit/lesson/validateLesson'

const fileOf = sectionFiles(fileURLToPath(new URL('../../../data', import.meta.url)))

/** A deep copy of the real lesson to break one thing in. */
function fixture(): typeof lessonInput {
  return structuredClone(lessonInput)
}

/** Problems as the loader reports them: with the file each section is written in. */
function problemsOf(input: unknown): string[] {
  try {
    validateLesson(input)
  }
  catch (error) {
    if (error instanceof LessonDataError)
      return locateProblems(error, fileOf).problems.map(p => `${p.file}: ${p.path}: ${p.message}`)
    throw error
  }
  return []
}

describe('validateLesson', () => {
  it('accepts the lesson as written', () => {
    expect(problemsOf(fixture())).toEqual([])
  })

  it('names file and field for a turn by an unknown speaker', () => {
    const input = fixture()
    input.dialogue[3]!.speaker = 'xiaowang'
    expect(problemsOf(input)).toEqual([
      'data/dialogue.ts: dialogue[3].speaker: unknown speaker "xiaowang" (known: xiaochen, daliu)',
    ])
  })

  it('puts every problem in the thrown message, one per line', () => {
    const input = fixture()
    input.dialogue[0]!.speaker = 'nobody'
    input.lab.url = 'http://example.com/lab'
    expect(() => validateLesson(input)).toThrowError(/^Invalid lesson data:\n {2}data: /)
    try {
      validateLesson(input)
    }
    catch (error) {
      const lines = locateProblems(error as LessonDataError, fileOf).message.split('\n').slice(1)
      expect(lines).toHaveLength(2)
      expect(lines).toContain('  data/lab.ts: lab.url: must be an https URL')
      expect(lines).toContain('  data/dialogue.ts: dialogue[0].speaker: unknown speaker "nobody" (known: xiaochen, daliu)')
    }
  })

  it('rejects duplicate ids', () => {
    const input = fixture()
    input.speakers[1]!.id = input.speakers[0]!.id
    input.history.milestones[2]!.id = 'marathon'
    input.plan[4]!.id = 'cover'
    input.topologies[1]!.id = input.topologies[0]!.id
    const problems = problemsOf(input)
    expect(problems).toContain('data/speakers.ts: speakers[1].id: duplicate speaker id "xiaochen"')
    expect(problems).toContain('data/history.ts: history.milestones[2].id: duplicate milestone id "marathon"')
    expect(problems).toContain('data/plan.ts: plan[4].id: duplicate slide plan id "cover"')
    expect(problems).toContain(`data/topologies.ts: topologies[1].id: duplicate topology id "${input.topologies[0]!.id}"`)
  })

  it('rejects milestones out of date order, months and "after" included', () => {
    const input = fixture()
    const milestones = input.history.milestones
    ;[milestones[3], milestones[4]] = [milestones[4]!, milestones[3]!]
    expect(problemsOf(input)).toEqual([
      'data/history.ts: history.milestones[4].year: milestone "cnm" is dated before the one listed above it ("cncf-founded"): keep milestones in date order',
    ])

    const afterFirst = fixture()
    const last = afterFirst.history.milestones.at(-1)!
    afterFirst.history.milestones.splice(-1, 1)
    afterFirst.history.milestones.splice(9, 0, last)
    expect(problemsOf(afterFirst).join('\n')).toMatch(/history\.milestones\[10\]\.year: milestone "kubernetes-graduated" is dated before/)
  })

  it('rejects empty or blank text', () => {
    const input = fixture()
    input.opening.question = '   '
    input.necessity.questions[2] = ''
    expect(problemsOf(input)).toEqual([
      'data/opening.ts: opening.question: must not be empty',
      'data/necessity.ts: necessity.questions[2]: must not be empty',
    ])
  })

  it('requires an https lab URL', () => {
    const input = fixture()
    input.lab.url = 'http://developer.aliyun.com/adc/scenario/x'
    expect(problemsOf(input)).toEqual(['data/lab.ts: lab.url: must be an https URL'])
    input.lab.url = 'not a url'
    expect(problemsOf(input)).toEqual(['data/lab.ts: lab.url: must be an https URL'])
  })

  it('requires avatars to be local SVG files', () => {
    const input = fixture()
    input.speakers[0]!.avatar = 'https://example.com/a.svg'
    expect(problemsOf(input)[0]).toMatch(/^data\/speakers\.ts: speakers\[0\]\.avatar: must be a local SVG path/)
  })

  it('rejects a comparison row naming an unknown topology', () => {
    const input = fixture()
    input.comparison.rows[1]!.cluster = 'cluster-teleport'
    expect(problemsOf(input)).toEqual(['data/comparison.ts: comparison.rows[1].cluster: unknown topology "cluster-teleport"'])
  })

  it('rejects a node id used twice within one topology', () => {
    const input = fixture()
    const cluster = input.topologies.find(t => t.id === 'cluster')!
    cluster.hosts[1]!.containers[0]!.id = 'web-1'
    expect(problemsOf(input)).toEqual([
      `data/topologies.ts: topologies[${input.topologies.indexOf(cluster)}].hosts: node id "web-1" is used twice in topology "cluster"`,
    ])
  })

  it('takes the kinds of milestone a history names, and rejects a kind it does not name', () => {
    const input = fixture()
    input.history.milestones[0]!.kind = 'project'
    expect(problemsOf(input)).toEqual(['data/history.ts: history.milestones[0].kind: unknown kind "project" (known: orchestrator, standard, foundation; name other kinds in history.kinds)'])
    const named = { ...input, history: { ...input.history, kinds: { project: '开源项目', standard: '接口标准', orchestrator: '编排平台', foundation: '基金会事件' } } }
    expect(problemsOf(named)).toEqual([])
    named.history.milestones[1]!.kind = 'rumour'
    expect(problemsOf(named)).toEqual(['data/history.ts: history.milestones[1].kind: unknown kind "rumour" (known: project, standard, orchestrator, foundation)'])
  })

  it('rejects a wrong type with the field path', () => {
    const input = fixture()
    ;(input.plan[2] as { minutes: unknown }).minutes = 'three'
    expect(problemsOf(input)[0]).toMatch(/^data\/plan\.ts: plan\[2\]\.minutes: /)
  })
})

describe('formatPath', () => {
  it('writes paths as code would', () => {
    expect(formatPath(['history', 'milestones', 3, 'year'])).toBe('history.milestones[3].year')
    expect(formatPath([])).toBe('')
  })
})
