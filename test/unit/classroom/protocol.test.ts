import type { ServerMessage } from '../../../kit/classroom/protocol'
import { describe, expect, it } from 'vitest'
import { decodeClientMessage, decodeServerMessage, encodeMessage, MAX_MESSAGE_BYTES } from '../../../kit/classroom/protocol'
import { MAX_ID_LENGTH } from '../../../kit/lesson/limits'
import { liveQuestionSchema, MAX_OPTION_LENGTH, MAX_OPTIONS, MAX_PROMPT_LENGTH } from '../../../kit/lesson/planSchema'

const identity = `${'A'.repeat(22)}.${'B'.repeat(43)}`
const token = 'x'.repeat(43)

describe('decodeClientMessage', () => {
  it('accepts each message a browser may send', () => {
    const messages = [
      { t: 'hello' },
      { t: 'hello', identity },
      { t: 'auth', token },
      { t: 'resume', session: token },
      { t: 'go', slide: 3, click: 2 },
      { t: 'open', question: 'why-cluster' },
      { t: 'close', question: 'why-cluster' },
      { t: 'answer', question: 'why-cluster', choice: 1 },
      { t: 'ping' },
      { t: 'beat' },
      { t: 'revoke', device: 'abcdefghijkl' },
      { t: 'relink' },
    ]
    for (const message of messages)
      expect(decodeClientMessage(JSON.stringify(message))).toEqual({ ok: true, message })
  })

  it('refuses text that is not JSON, unknown kinds and missing fields, saying what is wrong', () => {
    expect(decodeClientMessage('{nope')).toEqual({ ok: false, error: 'not JSON' })
    expect(decodeClientMessage('{"t":"delete-everything"}').ok).toBe(false)
    expect(decodeClientMessage('[]').ok).toBe(false)
    const missing = decodeClientMessage('{"t":"answer","question":"q1"}')
    expect(missing.ok).toBe(false)
    expect(!missing.ok && missing.error).toMatch(/^choice: /)
  })

  it('takes answers as option indexes only: no free text, no fractions, no negatives', () => {
    for (const choice of ['B', 1.5, -1, 16, null])
      expect(decodeClientMessage(JSON.stringify({ t: 'answer', question: 'q1', choice })).ok).toBe(false)
  })

  it('refuses ids and secrets of the wrong shape (so a log line stays small and plain)', () => {
    expect(decodeClientMessage(JSON.stringify({ t: 'hello', identity: `${identity}A` })).ok).toBe(false)
    expect(decodeClientMessage(JSON.stringify({ t: 'hello', identity: 'A'.repeat(22) })).ok).toBe(false)
    expect(decodeClientMessage(JSON.stringify({ t: 'hello', identity: `${'A'.repeat(20)}/+.${'B'.repeat(43)}` })).ok).toBe(false)
    expect(decodeClientMessage(JSON.stringify({ t: 'auth', token: token.slice(1) })).ok).toBe(false)
    expect(decodeClientMessage(JSON.stringify({ t: 'open', question: 'Q 1' })).ok).toBe(false)
    expect(decodeClientMessage(JSON.stringify({ t: 'go', slide: 0, click: 0 })).ok).toBe(false)
  })
})

describe('decodeServerMessage', () => {
  it('round-trips a snapshot with a revealed question', () => {
    const snapshot: ServerMessage = {
      t: 'snapshot',
      position: { slide: 5, click: 1 },
      current: {
        state: 'closed',
        question: { id: 'q1', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014'] },
        counts: [3, 9],
        correct: 1,
      },
      answer: 1,
      presenter: false,
    }
    expect(decodeServerMessage(encodeMessage(snapshot))).toEqual({ ok: true, message: snapshot })
  })

  it('keeps the largest question the lesson schema allows under the message cap, closed and revealed', () => {
    const question = { id: 'q'.repeat(MAX_ID_LENGTH), kind: 'choice' as const, prompt: '问'.repeat(MAX_PROMPT_LENGTH), options: Array.from({ length: MAX_OPTIONS }, () => '选'.repeat(MAX_OPTION_LENGTH)) }
    const text = encodeMessage({ t: 'question', current: { state: 'closed', question, counts: question.options.map(() => 999999), correct: MAX_OPTIONS - 1 } })
    expect(decodeServerMessage(text).ok).toBe(true)
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_MESSAGE_BYTES)
  })

  it('refuses on the wire what the lesson schema refuses, and the other way round: one set of limits', () => {
    const question = { id: 'q', slide: 's', kind: 'poll' as const, prompt: '问', options: ['甲', '乙'] }
    const variants = [
      question,
      { ...question, id: 'q'.repeat(MAX_ID_LENGTH + 1) },
      { ...question, prompt: '问'.repeat(MAX_PROMPT_LENGTH + 1) },
      { ...question, options: ['甲', '选'.repeat(MAX_OPTION_LENGTH + 1)] },
      { ...question, options: Array.from({ length: MAX_OPTIONS + 1 }, (_, i) => `选${i}`) },
    ]
    const onWire = variants.map(q => decodeServerMessage(encodeMessage({ t: 'plan', slides: [], questions: [q] })).ok)
    const inLesson = variants.map(q => liveQuestionSchema.safeParse(q).success)
    expect(onWire).toEqual([true, false, false, false, false])
    expect(inLesson).toEqual(onWire)
  })

  it('drops fields a schema does not know, so a correct answer cannot ride along on an open question', () => {
    const text = JSON.stringify({ t: 'question', current: { state: 'open', question: { id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'], correct: 1 } } })
    const decoded = decodeServerMessage(text)
    expect(decoded.ok && decoded.message).toEqual({ t: 'question', current: { state: 'open', question: { id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'] } } })
  })
})
