/**
 * The phone's decoding of what the server sends it, by hand: a few kinds of message, checked
 * field by field into the protocol's own types (inferred from its zod schemas) with the same
 * limits (wire.ts). The phone's download then carries no zod; the server still validates
 * everything it receives with the schemas. Kinds only presenter sessions get are refused.
 */
import type { Decoded, ErrorCode, Position, QuestionState, QuestionView, ServerMessageOf } from './protocol.ts'
import { ERROR_CODES, IDENTITY_TOKEN, MAX_CHOICE, MAX_CLICK, MAX_OPTION, MAX_OPTIONS, MAX_PROMPT, MAX_SLIDE, MIN_OPTIONS, QUESTION_ID } from './wire.ts'

/** What a student phone receives. */
export type PhoneMessage = ServerMessageOf<'snapshot' | 'position' | 'question' | 'answered' | 'ack' | 'identity' | 'error' | 'pong' | 'beat'>

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

function text(value: unknown, max: number, where: string): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > max)
    throw new Invalid(`${where}: expected text of 1 to ${max} characters`)
  return value
}

function questionId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !QUESTION_ID.test(value))
    throw new Invalid(`${where}: expected a question id`)
  return value
}

function counts(value: unknown, where: string): number[] {
  if (!Array.isArray(value))
    throw new Invalid(`${where}: expected a list of counts`)
  return value.map((n, i) => int(n, 0, Number.MAX_SAFE_INTEGER, `${where}.${i}`))
}

function choice(value: unknown, where: string): number {
  return int(value, 0, MAX_CHOICE, where)
}

function position(value: Fields, where = ''): Position {
  return { slide: int(value.slide, 1, MAX_SLIDE, `${where}slide`), click: int(value.click, 0, MAX_CLICK, `${where}click`) }
}

function questionView(value: unknown): QuestionView {
  const q = fields(value, 'question')
  if (q.kind !== 'choice' && q.kind !== 'poll')
    throw new Invalid('question.kind: expected choice or poll')
  const options = q.options
  if (!Array.isArray(options) || options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
    throw new Invalid(`question.options: expected ${MIN_OPTIONS} to ${MAX_OPTIONS} options`)
  return { id: questionId(q.id, 'question.id'), kind: q.kind, prompt: text(q.prompt, MAX_PROMPT, 'question.prompt'), options: options.map((o, i) => text(o, MAX_OPTION, `question.options.${i}`)) }
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
  const answered = optional(m.answered, v => int(v, 0, Number.MAX_SAFE_INTEGER, 'answered'))
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

function message(m: Fields): PhoneMessage {
  switch (m.t) {
    case 'snapshot':
      return snapshot(m)
    case 'position':
      return { t: 'position', ...position(m) }
    case 'question':
      return { t: 'question', current: questionState(m.current) }
    case 'answered':
      return { t: 'answered', question: questionId(m.question, 'question'), total: int(m.total, 0, Number.MAX_SAFE_INTEGER, 'total') }
    case 'ack':
      return { t: 'ack', question: questionId(m.question, 'question'), choice: choice(m.choice, 'choice') }
    case 'error':
      if (!isErrorCode(m.code) || typeof m.message !== 'string')
        throw new Invalid('error: expected a known code and a message')
      return { t: 'error', code: m.code, message: m.message }
    case 'identity':
      if (typeof m.identity !== 'string' || !IDENTITY_TOKEN.test(m.identity))
        throw new Invalid('identity: expected an identity this server issued')
      return { t: 'identity', identity: m.identity }
    case 'pong':
      return { t: 'pong' }
    case 'beat':
      return { t: 'beat' }
    default:
      throw new Invalid(`t: not a message for a phone (${String(m.t)})`)
  }
}

/** Parses a message the server sent a phone; unknown keys are dropped, as zod does. */
export function decodePhoneMessage(raw: string): Decoded<PhoneMessage> {
  try {
    return { ok: true, message: message(fields(JSON.parse(raw), 'message')) }
  }
  catch (error) {
    return { ok: false, error: error instanceof Invalid ? error.message : 'not JSON' }
  }
}
