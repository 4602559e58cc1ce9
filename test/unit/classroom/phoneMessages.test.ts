import type { QuestionState, ServerMessage } from '../../../kit/classroom/protocol'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodePhoneMessage } from '../../../kit/classroom/phoneMessages'
import { decodeServerMessage } from '../../../kit/classroom/protocol'
import { MAX_CHOICE, MAX_OPTIONS } from '../../../kit/classroom/wire'

const open: QuestionStateOf<'open'> = { state: 'open', question: { id: 'year', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014'] } }
const closed: QuestionStateOf<'closed'> = { state: 'closed', question: { id: 'risk', kind: 'poll', prompt: '哪种风险？', options: ['宕机', '升级', '流量'] }, counts: [3, 0, 1] }

type QuestionStateOf<S extends QuestionState['state']> = Extract<QuestionState, { state: S }>

/** Every kind a phone receives, with and without its optional fields. */
const valid: ServerMessage[] = [
  { t: 'snapshot', position: { slide: 1, click: 0 }, current: null, presenter: false },
  { t: 'snapshot', position: { slide: 999, click: 99 }, current: open, answered: 12, answer: 1, presenter: false },
  { t: 'snapshot', position: { slide: 4, click: 2 }, current: { ...closed, correct: 2 }, counts: [1, 2, 3], presenter: true },
  { t: 'position', slide: 3, click: 1 },
  { t: 'question', current: open },
  { t: 'question', current: closed },
  { t: 'answered', question: 'year', total: 40 },
  { t: 'ack', question: 'year', choice: MAX_CHOICE },
  { t: 'error', code: 'already-answered', message: '已作答' },
  { t: 'identity', identity: `${'a'.repeat(22)}.${'b'.repeat(43)}` },
  { t: 'pong' },
  { t: 'beat' },
]

/** Broken in one field each; the server's schemas refuse every one. */
const invalid: unknown[] = [
  { t: 'position', slide: 0, click: 0 },
  { t: 'position', slide: 1000, click: 0 },
  { t: 'position', slide: 2, click: 1.5 },
  { t: 'position', slide: '2', click: 0 },
  { t: 'snapshot', position: { slide: 1, click: 0 }, current: null },
  { t: 'snapshot', position: { slide: 1, click: 0 }, current: null, presenter: false, answer: MAX_CHOICE + 1 },
  { t: 'snapshot', position: { slide: 1, click: 0 }, current: null, presenter: false, answered: -1 },
  { t: 'question', current: { ...open, state: 'shown' } },
  { t: 'question', current: { ...open, question: { ...open.question, options: ['只有一个'] } } },
  { t: 'question', current: { ...open, question: { ...open.question, options: Array.from({ length: MAX_OPTIONS + 1 }, (_, i) => String(i)) } } },
  { t: 'question', current: { ...open, question: { ...open.question, prompt: '' } } },
  { t: 'question', current: { ...open, question: { ...open.question, kind: 'quiz' } } },
  { t: 'question', current: { ...open, question: { ...open.question, id: 'Year!' } } },
  { t: 'question', current: { ...closed, counts: [1, -2, 0] } },
  { t: 'question', current: { ...closed, correct: MAX_CHOICE + 1 } },
  { t: 'ack', question: 'year', choice: -1 },
  { t: 'error', code: 'nope', message: 'x' },
  { t: 'identity', identity: 'a'.repeat(22) },
  { t: 'nothing' },
  [],
  null,
]

describe('decodePhoneMessage', () => {
  it('reads every message a phone receives exactly as the server\'s schemas do, unknown keys dropped', () => {
    for (const message of valid) {
      for (const text of [JSON.stringify(message), JSON.stringify({ ...message, extra: '<script>' })]) {
        const lean = decodePhoneMessage(text)
        expect(lean).toEqual(decodeServerMessage(text))
        expect(lean).toEqual({ ok: true, message })
      }
    }
  })

  it('refuses every message the schemas refuse, saying where', () => {
    for (const message of invalid) {
      const text = JSON.stringify(message)
      expect(decodeServerMessage(text).ok).toBe(false)
      expect(decodePhoneMessage(text), text).toMatchObject({ ok: false })
    }
    expect(decodePhoneMessage('{"t":"position","slide":0,"click":0}')).toEqual({ ok: false, error: 'slide: expected a whole number from 1 to 999' })
    expect(decodePhoneMessage('not json')).toEqual({ ok: false, error: 'not JSON' })
  })

  it('refuses the kinds only presenter sessions get', () => {
    const plan = JSON.stringify({ t: 'plan', slides: [], questions: [] })
    expect(decodeServerMessage(plan).ok).toBe(true)
    expect(decodePhoneMessage(plan)).toEqual({ ok: false, error: 't: not a message for a phone (plan)' })
  })
})

/** The modules a source file imports at run time (type-only imports left out), resolved to files or package names. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const script = file.endsWith('.vue') ? /<script[^>]*>([\s\S]*?)<\/script>/.exec(source)?.[1] ?? '' : source
  return [...script.matchAll(/^import\s(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map(([, spec]) => {
    if (!spec!.startsWith('.'))
      return spec!
    const base = resolve(dirname(file), spec!)
    return [base, `${base}.ts`, `${base}.vue`].find(candidate => existsSync(candidate) && statSync(candidate).isFile()) ?? base
  })
}

describe('the phone app', () => {
  it('loads no zod and not the protocol\'s schemas: nothing it imports at run time reaches them', () => {
    const entry = join(import.meta.dirname, '../../../kit/classroom/apps/join/main.ts')
    const seen = new Set<string>()
    const queue = [entry]
    while (queue.length > 0) {
      const file = queue.pop()!
      if (seen.has(file))
        continue
      seen.add(file)
      if (file.startsWith('/') && existsSync(file) && /\.(?:ts|vue)$/.test(file))
        queue.push(...runtimeImports(file))
    }
    const reached = [...seen]
    expect(reached.some(file => file.endsWith('StudentApp.vue'))).toBe(true)
    expect(reached.some(file => file.endsWith('phoneMessages.ts'))).toBe(true)
    expect(reached.filter(file => file === 'zod' || file.startsWith('zod/') || file.endsWith('/protocol.ts'))).toEqual([])
  })
})
