import type { LiveQuestion } from '../../../kit/classroom/protocol'
import type { Actor, Command, Decision } from '../../../tools/classroom/classroom'
import { describe, expect, it } from 'vitest'
import { Classroom } from '../../../tools/classroom/classroom'

const choice: LiveQuestion = { id: 'year', slide: 'history', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014', '2015'], correct: 1 }
const poll: LiveQuestion = { id: 'risk', slide: 'risks', kind: 'poll', prompt: '哪种风险？', options: ['宕机', '升级'] }

const presenter: Actor = { role: 'presenter' }
const follower: Actor = { role: 'follower' }
const alice: Actor = { role: 'student', student: 'a'.repeat(43) }
const bob: Actor = { role: 'student', student: 'b'.repeat(43) }

/** Decides and, when allowed, applies: what the server does with a message. */
function act(classroom: Classroom, actor: Actor, command: Command): Decision {
  const decision = classroom.decide(actor, command, 1000)
  if (decision.kind === 'apply')
    classroom.apply(decision.event)
  return decision
}

function refusal(decision: Decision): string | undefined {
  return decision.kind === 'refuse' ? decision.code : undefined
}

function classWithOpenQuestion(): Classroom {
  const classroom = new Classroom([choice, poll], 10)
  act(classroom, presenter, { t: 'open', question: 'year' })
  return classroom
}

describe('Classroom rights', () => {
  it('lets only the presenter move the slide', () => {
    const classroom = new Classroom([choice], 10)
    expect(refusal(act(classroom, alice, { t: 'go', slide: 4, click: 0 }))).toBe('forbidden')
    expect(refusal(act(classroom, follower, { t: 'go', slide: 4, click: 0 }))).toBe('forbidden')
    expect(classroom.position).toEqual({ slide: 1, click: 0 })
    act(classroom, presenter, { t: 'go', slide: 4, click: 2 })
    expect(classroom.position).toEqual({ slide: 4, click: 2 })
  })

  it('lets only the presenter open and close questions', () => {
    const classroom = new Classroom([choice], 10)
    expect(refusal(act(classroom, alice, { t: 'open', question: 'year' }))).toBe('forbidden')
    expect(classroom.current()).toBeNull()
    act(classroom, presenter, { t: 'open', question: 'year' })
    expect(refusal(act(classroom, bob, { t: 'close', question: 'year' }))).toBe('forbidden')
    expect(classroom.current()?.state).toBe('open')
  })

  it('lets only students answer: not the presenter, not a follower without an id', () => {
    const classroom = classWithOpenQuestion()
    expect(refusal(act(classroom, presenter, { t: 'answer', question: 'year', choice: 1 }))).toBe('forbidden')
    expect(refusal(act(classroom, follower, { t: 'answer', question: 'year', choice: 1 }))).toBe('forbidden')
    expect(classroom.counts('year')).toEqual([0, 0, 0])
  })

  it('refuses a slide beyond the deck', () => {
    const classroom = new Classroom([], 10)
    expect(refusal(act(classroom, presenter, { t: 'go', slide: 11, click: 0 }))).toBe('bad-message')
  })
})

describe('Classroom vote rules', () => {
  it('counts one answer per student; a retry of the same answer is acknowledged again, a different one refused', () => {
    const classroom = classWithOpenQuestion()
    expect(act(classroom, alice, { t: 'answer', question: 'year', choice: 0 }).kind).toBe('apply')
    expect(act(classroom, alice, { t: 'answer', question: 'year', choice: 0 })).toEqual({ kind: 'repeat', question: 'year', choice: 0 })
    expect(refusal(act(classroom, alice, { t: 'answer', question: 'year', choice: 2 }))).toBe('already-answered')
    act(classroom, bob, { t: 'answer', question: 'year', choice: 2 })
    expect(classroom.counts('year')).toEqual([1, 0, 1])
  })

  it('validates the choice against the question\'s option count', () => {
    const classroom = classWithOpenQuestion()
    expect(refusal(act(classroom, alice, { t: 'answer', question: 'year', choice: 3 }))).toBe('bad-choice')
    expect(act(classroom, alice, { t: 'answer', question: 'year', choice: 2 }).kind).toBe('apply')
  })

  it('takes answers only while the question is open', () => {
    const classroom = new Classroom([choice, poll], 10)
    expect(refusal(act(classroom, alice, { t: 'answer', question: 'year', choice: 1 }))).toBe('not-open')
    act(classroom, presenter, { t: 'open', question: 'year' })
    act(classroom, presenter, { t: 'close', question: 'year' })
    expect(refusal(act(classroom, alice, { t: 'answer', question: 'year', choice: 1 }))).toBe('not-open')
    expect(refusal(act(classroom, alice, { t: 'answer', question: 'nope', choice: 1 }))).toBe('unknown-question')
  })

  it('opens one question at a time', () => {
    const classroom = classWithOpenQuestion()
    expect(refusal(act(classroom, presenter, { t: 'open', question: 'risk' }))).toBe('question-open')
    act(classroom, presenter, { t: 'close', question: 'year' })
    expect(act(classroom, presenter, { t: 'open', question: 'risk' }).kind).toBe('apply')
    expect(refusal(act(classroom, presenter, { t: 'open', question: 'missing' }))).toBe('unknown-question')
  })

  it('keeps the correct answer out of the open question and reveals it with the final counts on close', () => {
    const classroom = classWithOpenQuestion()
    act(classroom, alice, { t: 'answer', question: 'year', choice: 1 })
    expect(JSON.stringify(classroom.current())).not.toContain('correct')
    expect(JSON.stringify(classroom.snapshot(alice))).not.toContain('correct')
    act(classroom, presenter, { t: 'close', question: 'year' })
    expect(classroom.current()).toEqual({ state: 'closed', question: { id: 'year', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014', '2015'] }, counts: [0, 1, 0], correct: 1 })
  })

  it('gives each student their own answer in the snapshot', () => {
    const classroom = classWithOpenQuestion()
    act(classroom, alice, { t: 'answer', question: 'year', choice: 2 })
    expect(classroom.snapshot(alice).answer).toBe(2)
    expect(classroom.snapshot(bob).answer).toBeUndefined()
    expect(classroom.snapshot(presenter).presenter).toBe(true)
  })

  it('takes back an answer whose write failed, so the student can answer again', () => {
    const classroom = classWithOpenQuestion()
    const decision = act(classroom, alice, { t: 'answer', question: 'year', choice: 0 })
    if (decision.kind !== 'apply' || decision.event.t !== 'answer')
      throw new Error('expected an answer event')
    classroom.retract(decision.event)
    expect(classroom.counts('year')).toEqual([0, 0, 0])
    expect(act(classroom, alice, { t: 'answer', question: 'year', choice: 1 }).kind).toBe('apply')
  })

  it('replays events into the same state, skipping what no longer fits the lesson', () => {
    const classroom = new Classroom([choice], 10)
    const applied = [
      classroom.apply({ t: 'go', at: 1, slide: 3, click: 1 }),
      classroom.apply({ t: 'open', at: 2, q: 'year' }),
      classroom.apply({ t: 'answer', at: 3, q: 'year', s: 'a'.repeat(43), c: 1 }),
      classroom.apply({ t: 'answer', at: 4, q: 'year', s: 'a'.repeat(43), c: 2 }),
      classroom.apply({ t: 'answer', at: 5, q: 'year', s: 'b'.repeat(43), c: 9 }),
      classroom.apply({ t: 'answer', at: 6, q: 'gone', s: 'b'.repeat(43), c: 0 }),
      classroom.apply({ t: 'go', at: 7, slide: 40, click: 0 }),
    ]
    expect(applied).toEqual([true, true, true, false, false, false, false])
    expect(classroom.position).toEqual({ slide: 3, click: 1 })
    expect(classroom.counts('year')).toEqual([0, 1, 0])
  })
})
