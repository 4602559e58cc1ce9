import type { ServerMessage } from '../../../kit/classroom/protocol'
import { describe, expect, it } from 'vitest'
import { decodeClientMessage, decodeServerMessage, encodeMessage, MAX_MESSAGE_BYTES } from '../../../kit/classroom/protocol'

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

  it('keeps the largest open question a phone receives well under the message cap', () => {
    const question = { id: 'q'.repeat(64), kind: 'choice' as const, prompt: '问'.repeat(200), options: Array.from({ length: 8 }, () => '选'.repeat(40)) }
    const text = encodeMessage({ t: 'question', current: { state: 'open', question } })
    expect(decodeServerMessage(text).ok).toBe(true)
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_MESSAGE_BYTES)
  })

  it('drops fields a schema does not know, so a correct answer cannot ride along on an open question', () => {
    const text = JSON.stringify({ t: 'question', current: { state: 'open', question: { id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'], correct: 1 } } })
    const decoded = decodeServerMessage(text)
    expect(decoded.ok && decoded.message).toEqual({ t: 'question', current: { state: 'open', question: { id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'] } } })
  })
})
