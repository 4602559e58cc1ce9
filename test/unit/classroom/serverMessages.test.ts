import type { QuestionState, ServerMessage } from '../../../kit/classroom/protocol'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeServerMessage } from '../../../kit/classroom/protocol'
import { readPhoneMessage, readServerMessage } from '../../../kit/classroom/serverMessages'
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

/** The kinds only presenter sessions get, with and without their optional fields. */
const presenterOnly: ServerMessage[] = [
  { t: 'counts', question: 'year', counts: [0, 7] },
  { t: 'session', session: 'c'.repeat(43) },
  { t: 'plan', slides: [], questions: [] },
  {
    t: 'plan',
    slides: [
      { slide: 1, plan: 'cover', minutes: 2, points: ['开场'] },
      { slide: 2, plan: 'why-cluster', title: '为什么需要集群', minutes: 0.5, points: ['一台机器会宕机', '流量会涨'], question: '一台够吗？' },
    ],
    questions: [{ id: 'year', slide: 'history', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014'], correct: 1 }, { id: 'risk', slide: 'why-cluster', kind: 'poll', prompt: '哪种风险？', options: ['宕机', '升级'] }],
  },
  { t: 'room', students: 120, presenters: 1, followers: 0 },
  { t: 'security', identities: 3, classSize: 200, perDevice: 2, refused: 1, addresses: [{ address: '192.168.1.20', identities: 2, connections: 3, refused: 1 }], devices: [{ device: 'remote-abc1', online: 1, you: true }] },
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
  { t: 'counts', question: 'year', counts: [1, 0.5] },
  { t: 'session', session: 'short' },
  { t: 'plan', slides: [{ slide: 0, plan: 'cover', minutes: 2, points: ['开场'] }], questions: [] },
  { t: 'plan', slides: [{ slide: 1, plan: 'Cover', minutes: 2, points: ['开场'] }], questions: [] },
  { t: 'plan', slides: [{ slide: 1, plan: 'cover', minutes: 16, points: ['开场'] }], questions: [] },
  { t: 'plan', slides: [{ slide: 1, plan: 'cover', minutes: 0, points: ['开场'] }], questions: [] },
  { t: 'plan', slides: [{ slide: 1, plan: 'cover', minutes: 2, points: [] }], questions: [] },
  { t: 'plan', slides: [{ slide: 1, plan: 'cover', minutes: 2, points: ['  '] }], questions: [] },
  { t: 'plan', slides: [{ slide: 1, plan: 'cover', minutes: 2, points: ['开场'], title: '' }], questions: [] },
  { t: 'plan', slides: [], questions: [{ id: 'year', slide: 'History', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014'] }] },
  { t: 'plan', slides: [], questions: [{ id: 'year', slide: 'history', kind: 'choice', prompt: '哪一年？', options: ['2013', '2014'], correct: MAX_CHOICE + 1 }] },
  { t: 'plan', slides: [], questions: [{ id: 'year', slide: 'history', kind: 'choice', prompt: ' ', options: ['2013', '2014'] }] },
  { t: 'plan', slides: {}, questions: [] },
  { t: 'room', students: -1, presenters: 1, followers: 0 },
  { t: 'security', identities: 3, classSize: 200, perDevice: 2, refused: 1, addresses: [{ address: 'x'.repeat(65), identities: 2, connections: 3, refused: 1 }], devices: [] },
  { t: 'security', identities: 3, classSize: 200, perDevice: 2, refused: 1, addresses: [], devices: [{ device: 'no', online: 1, you: true }] },
  { t: 'security', identities: 3, classSize: 200, perDevice: 2, refused: 1, addresses: [], devices: [{ device: 'remote-abc1', online: 1, you: 'yes' }] },
]

describe('readServerMessage and readPhoneMessage', () => {
  it('read every message exactly as the server\'s schemas do, unknown keys dropped', () => {
    for (const message of [...valid, ...presenterOnly]) {
      for (const text of [JSON.stringify(message), JSON.stringify({ ...message, extra: '<script>' })]) {
        const lean = readServerMessage(text)
        expect(lean).toEqual(decodeServerMessage(text))
        expect(lean).toEqual({ ok: true, message })
      }
    }
    for (const message of valid)
      expect(readPhoneMessage(JSON.stringify(message))).toEqual({ ok: true, message })
  })

  it('refuse every message the schemas refuse, saying where', () => {
    for (const message of invalid) {
      const text = JSON.stringify(message)
      expect(decodeServerMessage(text).ok, text).toBe(false)
      expect(readServerMessage(text), text).toMatchObject({ ok: false })
      expect(readPhoneMessage(text), text).toMatchObject({ ok: false })
    }
    expect(readPhoneMessage('{"t":"position","slide":0,"click":0}')).toEqual({ ok: false, error: 'slide: expected a whole number from 1 to 999' })
    expect(readServerMessage('{"t":"plan","slides":[{"slide":1,"plan":"cover","minutes":2,"points":[]}],"questions":[]}')).toEqual({ ok: false, error: 'slides.0.points: expected at least one point' })
    expect(readPhoneMessage('not json')).toEqual({ ok: false, error: 'not JSON' })
  })

  it('a phone refuses the kinds only presenter sessions get: the plan carries the answers', () => {
    for (const message of presenterOnly)
      expect(readPhoneMessage(JSON.stringify(message))).toEqual({ ok: false, error: `t: not a message for a phone (${message.t})` })
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

describe('the browsers\' code', () => {
  it.each([
    ['the phone app', 'kit/classroom/apps/join/main.ts', 'StudentApp.vue'],
    ['the remote', 'kit/classroom/apps/remote/main.ts', 'RemoteApp.vue'],
    ['the projector', 'kit/classroom/components/ClassroomProjector.vue', 'ClassroomProjector.vue'],
  ])('%s loads no zod and not the protocol\'s schemas: nothing it imports at run time reaches them', (_, entryFile, app) => {
    const entry = join(import.meta.dirname, '../../..', entryFile)
    const seen = new Set<string>()
    const queue = [entry]
    while (queue.length > 0) {
      const file = queue.pop()!
      if (seen.has(file))
        continue
      seen.add(file)
      if (isAbsolute(file) && existsSync(file) && /\.(?:ts|vue)$/.test(file))
        queue.push(...runtimeImports(file))
    }
    const reached = [...seen]
    expect(reached.some(file => file.endsWith(app))).toBe(true)
    expect(reached.some(file => file.endsWith('serverMessages.ts'))).toBe(true)
    expect(reached.filter(file => file === 'zod' || file.startsWith('zod/') || basename(file) === 'protocol.ts')).toEqual([])
  })
})
