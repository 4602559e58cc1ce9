import { describe, expect, it } from 'vitest'
import { reconnectDelay, socketUrl } from '../../../kit/classroom/classroomSocket'
import { stateAt } from '../../../kit/classroom/phoneDeck'
import { applyServerMessage, initialRoomState } from '../../../kit/classroom/roomState'
import { formatClock, stepFrom, stepPosition, unconfirmedSteps } from '../../../kit/classroom/stepPosition'

describe('stateAt', () => {
  const states = ['a', 'ab', 'abc']
  it('shows the state of the projector\'s click, and the final one past the last click', () => {
    expect(stateAt(states, 0)).toBe('a')
    expect(stateAt(states, 2)).toBe('abc')
    expect(stateAt(states, 9)).toBe('abc')
  })

  it('shows the final state on a slide browsed back to', () => {
    expect(stateAt(states, null)).toBe('abc')
  })
})

describe('stepPosition', () => {
  const outline = [{ no: 1, title: 'a', clicks: 0 }, { no: 2, title: 'b', clicks: 2 }, { no: 3, title: 'c', clicks: 0 }]
  it('steps through the clicks, then to the next slide, and back to the previous slide\'s last click', () => {
    expect(stepPosition({ slide: 1, click: 0 }, outline, 1)).toEqual({ slide: 2, click: 0 })
    expect(stepPosition({ slide: 2, click: 1 }, outline, 1)).toEqual({ slide: 2, click: 2 })
    expect(stepPosition({ slide: 2, click: 2 }, outline, 1)).toEqual({ slide: 3, click: 0 })
    expect(stepPosition({ slide: 3, click: 0 }, outline, -1)).toEqual({ slide: 2, click: 2 })
    expect(stepPosition({ slide: 2, click: 1 }, outline, -1)).toEqual({ slide: 2, click: 0 })
  })

  it('stays put at either end', () => {
    expect(stepPosition({ slide: 3, click: 0 }, outline, 1)).toEqual({ slide: 3, click: 0 })
    expect(stepPosition({ slide: 1, click: 0 }, outline, -1)).toEqual({ slide: 1, click: 0 })
  })

  it('two quick taps before the server answers are two steps: the remote steps on from the step it sent', () => {
    let sent: { slide: number, click: number }[] = []
    const tap = (confirmed: { slide: number, click: number }) => {
      const target = stepFrom(confirmed, sent, outline, 1)
      sent = [...sent, target]
      return target
    }
    const at = { slide: 1, click: 0 }
    expect(tap(at)).toEqual({ slide: 2, click: 0 })
    expect(tap(at)).toEqual({ slide: 2, click: 1 })
    // The server confirms the first: the second is still on its way; a third tap steps on from it.
    sent = unconfirmedSteps(sent, { slide: 2, click: 0 })
    expect(sent).toEqual([{ slide: 2, click: 1 }])
    expect(tap({ slide: 2, click: 0 })).toEqual({ slide: 2, click: 2 })
    // Another device moved the class somewhere this remote never asked for: it starts from there.
    expect(unconfirmedSteps(sent, { slide: 1, click: 0 })).toEqual([])
  })

  it('formats the countdown, negative once over', () => {
    expect(formatClock(43 * 60_000)).toBe('43:00')
    expect(formatClock(-61_000)).toBe('-01:01')
  })
})

describe('applyServerMessage', () => {
  const question = { id: 'q', kind: 'choice' as const, prompt: 'p', options: ['a', 'b'] }

  it('takes position, open question, counts and own answer from a snapshot', () => {
    const state = applyServerMessage(initialRoomState, { t: 'snapshot', position: { slide: 3, click: 1 }, current: { state: 'open', question }, counts: [2, 1], answer: 1, presenter: false })
    expect(state).toMatchObject({ position: { slide: 3, click: 1 }, counts: [2, 1], answer: 1, presenter: false })
  })

  it('keeps the answer through the close of the same question and forgets it for the next one', () => {
    let state = applyServerMessage(initialRoomState, { t: 'question', current: { state: 'open', question } })
    state = applyServerMessage(state, { t: 'ack', question: 'q', choice: 0 })
    state = applyServerMessage(state, { t: 'question', current: { state: 'closed', question, counts: [5, 3], correct: 0 } })
    expect(state).toMatchObject({ answer: 0, counts: [5, 3] })
    state = applyServerMessage(state, { t: 'question', current: { state: 'open', question: { ...question, id: 'r' } } })
    expect(state).toMatchObject({ answer: null, counts: null })
  })

  it('counts the answers from the totals a phone or projector gets, and from the final counts at the reveal', () => {
    let state = applyServerMessage(initialRoomState, { t: 'question', current: { state: 'open', question } })
    expect(state.answered).toBe(0)
    state = applyServerMessage(state, { t: 'answered', question: 'q', total: 4 })
    expect(state).toMatchObject({ answered: 4, counts: null })
    expect(applyServerMessage(state, { t: 'answered', question: 'other', total: 9 }).answered).toBe(4)
    state = applyServerMessage(state, { t: 'question', current: { state: 'closed', question, counts: [3, 2], correct: 0 } })
    expect(state).toMatchObject({ answered: 5, counts: [3, 2] })
  })

  it('ignores counts and acks of another question', () => {
    const open = applyServerMessage(initialRoomState, { t: 'question', current: { state: 'open', question } })
    expect(applyServerMessage(open, { t: 'counts', question: 'other', counts: [9, 9] }).counts).toBeNull()
    expect(applyServerMessage(open, { t: 'ack', question: 'other', choice: 1 }).answer).toBeNull()
  })
})

describe('the classroom socket', () => {
  it('retries quickly at first, then backs off to about five seconds', () => {
    expect(reconnectDelay(0, () => 0.5)).toBe(300)
    expect(reconnectDelay(3, () => 0.5)).toBe(2400)
    expect(reconnectDelay(20, () => 1)).toBeLessThanOrEqual(6250)
  })

  it('connects to /ws on the page\'s own host, wss under https', () => {
    expect(socketUrl({ protocol: 'http:', host: '192.168.1.20:3030' })).toBe('ws://192.168.1.20:3030/ws')
    expect(socketUrl({ protocol: 'https:', host: 'class.local' })).toBe('wss://class.local/ws')
  })
})
