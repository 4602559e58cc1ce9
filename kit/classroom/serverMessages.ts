/**
 * The browsers' decoding of what the classroom server sends, by hand: every kind of message,
 * checked field by field into the protocol's own types (inferred from its zod schemas) with the
 * same limits (wire.ts). No browser download carries zod (the phone's, the remote's, the
 * projector's), and no deck build transforms it; the server validates everything it receives
 * with the schemas, and the tests hold these readers to the schemas' answers.
 */
import type { Decoded, ErrorCode, LiveQuestion, Position, QuestionState, QuestionView, ServerMessage, ServerMessageOf, SlideNotes } from './protocol.ts'
import { DEVICE_ID, ERROR_CODES, IDENTITY_TOKEN, MAX_ADDRESS, MAX_CHOICE, MAX_CLICK, MAX_OPTION, MAX_OPTIONS, MAX_PROMPT, MAX_SLIDE, MAX_SLIDE_MINUTES, MIN_OPTIONS, QUESTION_ID, SECRET } from './wire.ts'

/** The kinds only presenter sessions get: a phone refuses them (it must never show answers early). */
const PRESENTER_ONLY = ['counts', 'session', 'plan', 'room', 'security'] as const

/** What a student phone receives. */
export type PhoneMessage = Exclude<ServerMessage, { t: typeof PRESENTER_ONLY[number] }>

type Fields = Record<string, unknown>

/** Thrown inside the decoder only, with what is wrong; turned into `{ ok: false }`. */
class Invalid extends Error {}

function fields(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Invalid(`${where}: expected an object`)
  return value as Fields
}

function int(value: unknown, min: number, max: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new Invalid(`${where}: expected a whole number from ${min} to ${max}`)
  return value
}

/** Text that is not blank, as the lesson's fields are. */
function nonBlank(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new Invalid(`${where}: expected text`)
  return value
}

/** Text that is not blank, at most `max` characters long. */
function text(value: unknown, max: number, where: string): string {
  if (nonBlank(value, where).length > max)
    throw new Invalid(`${where}: expected text of 1 to ${max} characters`)
  return value as string
}

function list<T>(value: unknown, where: string, read: (item: unknown, where: string) => T): T[] {
  if (!Array.isArray(value))
    throw new Invalid(`${where}: expected a list`)
  return value.map((item, i) => read(item, `${where}.${i}`))
}

function count(value: unknown, where: string): number {
  return int(value, 0, Number.MAX_SAFE_INTEGER, where)
}

function bool(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean')
    throw new Invalid(`${where}: expected true or false`)
  return value
}

function questionId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !QUESTION_ID.test(value))
    throw new Invalid(`${where}: expected a question id`)
  return value
}

function counts(value: unknown, where: string): number[] {
  return list(value, where, count)
}

function choice(value: unknown, where: string): number {
  return int(value, 0, MAX_CHOICE, where)
}

function position(value: Fields, where = ''): Position {
  return { slide: int(value.slide, 1, MAX_SLIDE, `${where}slide`), click: int(value.click, 0, MAX_CLICK, `${where}click`) }
}

function questionView(value: unknown, where = 'question'): QuestionView {
  const q = fields(value, where)
  if (q.kind !== 'choice' && q.kind !== 'poll')
    throw new Invalid(`${where}.kind: expected choice or poll`)
  const options = q.options
  if (!Array.isArray(options) || options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
    throw new Invalid(`${where}.options: expected ${MIN_OPTIONS} to ${MAX_OPTIONS} options`)
  return { id: questionId(q.id, `${where}.id`), kind: q.kind, prompt: text(q.prompt, MAX_PROMPT, `${where}.prompt`), options: options.map((o, i) => text(o, MAX_OPTION, `${where}.options.${i}`)) }
}

/** A live question with its answer, as presenter sessions get it in the plan. */
function liveQuestion(value: unknown, where: string): LiveQuestion {
  const q = fields(value, where)
  const correct = optional(q.correct, v => choice(v, `${where}.correct`))
  return { ...questionView(q, where), slide: questionId(q.slide, `${where}.slide`), ...(correct === undefined ? {} : { correct }) }
}

/** What a presenter session sees of one slide. */
function slideNotes(value: unknown, where: string): SlideNotes {
  const s = fields(value, where)
  if (typeof s.minutes !== 'number' || !Number.isFinite(s.minutes) || s.minutes <= 0 || s.minutes > MAX_SLIDE_MINUTES)
    throw new Invalid(`${where}.minutes: expected more than 0 and at most ${MAX_SLIDE_MINUTES}`)
  const title = optional(s.title, v => nonBlank(v, `${where}.title`))
  const question = optional(s.question, v => nonBlank(v, `${where}.question`))
  const points = list(s.points, `${where}.points`, nonBlank)
  if (points.length === 0)
    throw new Invalid(`${where}.points: expected at least one point`)
  return {
    slide: int(s.slide, 1, Number.MAX_SAFE_INTEGER, `${where}.slide`),
    plan: questionId(s.plan, `${where}.plan`),
    ...(title === undefined ? {} : { title }),
    minutes: s.minutes,
    points,
    ...(question === undefined ? {} : { question }),
  }
}

function security(m: Fields): ServerMessageOf<'security'> {
  return {
    t: 'security',
    identities: count(m.identities, 'identities'),
    classSize: count(m.classSize, 'classSize'),
    perDevice: count(m.perDevice, 'perDevice'),
    refused: count(m.refused, 'refused'),
    addresses: list(m.addresses, 'addresses', (value, where) => {
      const a = fields(value, where)
      if (typeof a.address !== 'string' || a.address.length > MAX_ADDRESS)
        throw new Invalid(`${where}.address: expected an address`)
      return { address: a.address, identities: count(a.identities, `${where}.identities`), connections: count(a.connections, `${where}.connections`), refused: count(a.refused, `${where}.refused`) }
    }),
    devices: list(m.devices, 'devices', (value, where) => {
      const d = fields(value, where)
      if (typeof d.device !== 'string' || !DEVICE_ID.test(d.device))
        throw new Invalid(`${where}.device: expected a device id`)
      return { device: d.device, online: count(d.online, `${where}.online`), you: bool(d.you, `${where}.you`) }
    }),
  }
}

function questionState(value: unknown): QuestionState {
  const state = fields(value, 'current')
  const question = questionView(state.question)
  if (state.state === 'open')
    return { state: 'open', question }
  if (state.state !== 'closed')
    throw new Invalid('current.state: expected open or closed')
  return { state: 'closed', question, counts: counts(state.counts, 'current.counts'), ...(state.correct === undefined ? {} : { correct: choice(state.correct, 'current.correct') }) }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value)
}

function optional<T>(value: unknown, read: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value)
}

function snapshot(m: Fields): ServerMessageOf<'snapshot'> {
  if (typeof m.presenter !== 'boolean')
    throw new Invalid('presenter: expected true or false')
  const current = m.current === null ? null : questionState(m.current)
  const counted = optional(m.counts, v => counts(v, 'counts'))
  const answered = optional(m.answered, v => count(v, 'answered'))
  const answer = optional(m.answer, v => choice(v, 'answer'))
  return {
    t: 'snapshot',
    position: position(fields(m.position, 'position'), 'position.'),
    current,
    ...(counted === undefined ? {} : { counts: counted }),
    ...(answered === undefined ? {} : { answered }),
    ...(answer === undefined ? {} : { answer }),
    presenter: m.presenter,
  }
}

function message(m: Fields): ServerMessage {
  switch (m.t) {
    case 'snapshot':
      return snapshot(m)
    case 'position':
      return { t: 'position', ...position(m) }
    case 'question':
      return { t: 'question', current: questionState(m.current) }
    case 'counts':
      return { t: 'counts', question: questionId(m.question, 'question'), counts: counts(m.counts, 'counts') }
    case 'answered':
      return { t: 'answered', question: questionId(m.question, 'question'), total: count(m.total, 'total') }
    case 'ack':
      return { t: 'ack', question: questionId(m.question, 'question'), choice: choice(m.choice, 'choice') }
    case 'session':
      if (typeof m.session !== 'string' || !SECRET.test(m.session))
        throw new Invalid('session: expected a session this server issued')
      return { t: 'session', session: m.session }
    case 'plan':
      return { t: 'plan', slides: list(m.slides, 'slides', slideNotes), questions: list(m.questions, 'questions', liveQuestion) }
    case 'room':
      return { t: 'room', students: count(m.students, 'students'), presenters: count(m.presenters, 'presenters'), followers: count(m.followers, 'followers') }
    case 'identity':
      if (typeof m.identity !== 'string' || !IDENTITY_TOKEN.test(m.identity))
        throw new Invalid('identity: expected an identity this server issued')
      return { t: 'identity', identity: m.identity }
    case 'security':
      return security(m)
    case 'pong':
      return { t: 'pong' }
    case 'beat':
      return { t: 'beat' }
    case 'error':
      if (!isErrorCode(m.code) || typeof m.message !== 'string')
        throw new Invalid('error: expected a known code and a message')
      return { t: 'error', code: m.code, message: m.message }
    default:
      throw new Invalid(`t: not a message of the classroom (${String(m.t)})`)
  }
}

/** Reads a message the server sent the projector or a presenter's remote; unknown keys are dropped, as zod does. */
export function readServerMessage(raw: string): Decoded<ServerMessage> {
  try {
    return { ok: true, message: message(fields(JSON.parse(raw), 'message')) }
  }
  catch (error) {
    return { ok: false, error: error instanceof Invalid ? error.message : 'not JSON' }
  }
}

function isPhoneMessage(m: ServerMessage): m is PhoneMessage {
  return !(PRESENTER_ONLY as readonly string[]).includes(m.t)
}

/** Reads a message the server sent a phone; the kinds only presenter sessions get are refused. */
export function readPhoneMessage(raw: string): Decoded<PhoneMessage> {
  const read = readServerMessage(raw)
  if (!read.ok)
    return read
  return isPhoneMessage(read.message) ? { ok: true, message: read.message } : { ok: false, error: `t: not a message for a phone (${read.message.t})` }
}
