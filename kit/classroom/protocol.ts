/**
 * The classroom wire protocol: every message between the classroom server (tools/classroom/) and
 * the browsers (projector, presenter remote, student phones), as zod schemas discriminated on `t`.
 * The server parses what it receives with these schemas; the browsers read what the server sends
 * by hand (serverMessages.ts), to the same types, to keep zod out of their downloads and the
 * deck's build, and the tests hold the server's messages to these schemas. The types are
 * inferred from these schemas.
 *
 * Rights are not part of the wire format: the server decides per connection who may send what.
 * Keys are short and messages carry no prose the server does not need: one open question reaches
 * every phone in the room, many times a minute.
 *
 * A question and a slide's plan are the lesson's own building blocks (kit/lesson/planSchema.ts),
 * picked and extended here: their limits are the lesson's, so what validates is what can be sent.
 */
import { z } from 'zod'
import { liveQuestionSchema, optionIndexSchema, slidePlanSchema } from '../lesson/planSchema'
import { DEVICE_ID, ERROR_CODES, IDENTITY_TOKEN, MAX_ADDRESS, MAX_CLICK, MAX_SLIDE, SECRET } from './wire.ts'

export { CLASSROOM_SESSION_PATH, CLASSROOM_WS_PATH, encodeMessage, MAX_MESSAGE_BYTES } from './wire.ts'

/** 32 random bytes in base64url: the presenter token and the presenter session. */
export const secretSchema = z.string().regex(SECRET, 'expected 32 random bytes in base64url')

/**
 * A student identity the server issued: 16 random bytes, a dot, and the server's HMAC of them
 * (base64url). The phone keeps it in localStorage and presents it again on every reconnection;
 * the server never takes an identity it did not sign.
 */
export const identityTokenSchema = z.string().regex(IDENTITY_TOKEN, 'expected an identity this server issued')

/** A presenter device's public handle (not its session): for listing and revoking it. */
export const deviceIdSchema = z.string().regex(DEVICE_ID, 'expected a device id')

/** A live question's id, as in the lesson data. */
export const questionIdSchema = liveQuestionSchema.shape.id

/** The live position: Slidev's slide number (from 1) and click (from 0). */
export const positionSchema = z.object({
  slide: z.int().min(1).max(MAX_SLIDE),
  click: z.int().min(0).max(MAX_CLICK),
})

/** An answer: the index of the chosen option. The server checks it against the option count. */
export const choiceSchema = optionIndexSchema

export const questionKindSchema = liveQuestionSchema.shape.kind

/** A question as everyone may see it while it is open: no correct answer. */
export const questionViewSchema = liveQuestionSchema.pick({ id: true, kind: true, prompt: true, options: true })

/** A question's state as everyone sees it. `correct` and `counts` once it has closed (revealed). */
export const questionStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), question: questionViewSchema }),
  z.object({
    state: z.literal('closed'),
    question: questionViewSchema,
    /** Answers per option, final. */
    counts: z.array(z.int().min(0)),
    /** Index of the correct option; absent for a poll. */
    correct: choiceSchema.optional(),
  }),
])

/** A live question with its answer, as the lesson defines it: sent to presenter sessions only. */
export { liveQuestionSchema }

/** What a presenter session sees of one slide: the lesson plan, which students never receive. */
export const slideNotesSchema = slidePlanSchema.pick({ title: true, minutes: true, points: true, question: true }).extend({
  /** Slidev's slide number. */
  slide: z.int().min(1),
  /** The lesson plan's id for this slide. */
  plan: slidePlanSchema.shape.id,
}).partial({ question: true })

// ---- browser → server ----

export const clientMessageSchema = z.discriminatedUnion('t', [
  /**
   * A student phone joins, once per connection: with the identity the server issued it earlier,
   * or without one to be issued one (if its address may have another).
   */
  z.object({ t: z.literal('hello'), identity: identityTokenSchema.optional() }),
  /** Exchange the presenter token from the link's #fragment for a session. */
  z.object({ t: z.literal('auth'), token: secretSchema }),
  /** Reconnect with a session from an earlier `auth`. */
  z.object({ t: z.literal('resume'), session: secretSchema }),
  /** Presenter only: move everyone to this position. */
  z.object({ t: z.literal('go'), ...positionSchema.shape }),
  /** Presenter only: open a question (closes nothing; one question is open at a time). */
  z.object({ t: z.literal('open'), question: questionIdSchema }),
  /** Presenter only: close the open question, revealing the correct answer and final counts. */
  z.object({ t: z.literal('close'), question: questionIdSchema }),
  /** Student only (after `hello`): answer the open question. */
  z.object({ t: z.literal('answer'), question: questionIdSchema, choice: choiceSchema }),
  /** Application heartbeat: browsers cannot send WebSocket pings, so they send this. */
  z.object({ t: z.literal('ping') }),
  /** The answer to the server's `beat`: a socket that stops answering is closed. */
  z.object({ t: z.literal('beat') }),
  /** Presenter only: end another presenter device's session (it must open the link again). */
  z.object({ t: z.literal('revoke'), device: deviceIdSchema }),
  /** Presenter only: make a new presenter link (printed in the terminal); the old one stops working. */
  z.object({ t: z.literal('relink') }),
])

// ---- server → browser ----

export const errorCodeSchema = z.enum(ERROR_CODES)

export const serverMessageSchema = z.discriminatedUnion('t', [
  /** Everything a (re)connected browser needs to show the room's state; sent on connect and after hello/auth/resume. */
  z.object({
    t: z.literal('snapshot'),
    position: positionSchema,
    /** The current question (open, or the last one closed), if any. */
    current: questionStateSchema.nullable(),
    /** Presenter sessions only: live answers per option of the open question. */
    counts: z.array(z.int().min(0)).optional(),
    /** How many students answered the open question (everyone may know this much before the reveal). */
    answered: z.int().min(0).optional(),
    /** This student's answer to the current question, if they answered it. */
    answer: choiceSchema.optional(),
    /** True when this connection holds a presenter session. */
    presenter: z.boolean(),
  }),
  /** The presenter moved. */
  z.object({ t: z.literal('position'), ...positionSchema.shape }),
  /** A question opened, or closed (then with the correct answer and final counts). */
  z.object({ t: z.literal('question'), current: questionStateSchema }),
  /**
   * Presenter sessions only: live answers per option of the open question; sent at most a few
   * times a second. Nobody else sees the split before the reveal, so it cannot steer an answer.
   */
  z.object({ t: z.literal('counts'), question: questionIdSchema, counts: z.array(z.int().min(0)) }),
  /** Everyone else: how many students answered the open question so far. */
  z.object({ t: z.literal('answered'), question: questionIdSchema, total: z.int().min(0) }),
  /** The answer is stored (written to the class log) and counted. */
  z.object({ t: z.literal('ack'), question: questionIdSchema, choice: choiceSchema }),
  /** Reply to auth/resume: the session to reconnect with (keep it in sessionStorage). */
  z.object({ t: z.literal('session'), session: secretSchema }),
  /** Presenter sessions only: the plan of every slide (notes, minutes) and the live questions with answers. */
  z.object({
    t: z.literal('plan'),
    slides: z.array(slideNotesSchema),
    questions: z.array(liveQuestionSchema),
  }),
  /** Presenter sessions only: how many connections of each kind are in the room. */
  z.object({ t: z.literal('room'), students: z.int().min(0), presenters: z.int().min(0), followers: z.int().min(0) }),
  /** The identity the server issued to this phone after `hello`: keep it (localStorage) and present it on reconnection. */
  z.object({ t: z.literal('identity'), identity: identityTokenSchema }),
  /**
   * Presenter sessions only: who holds the room. Per source address, how many student identities
   * and connections it has; how many attempts were refused; the presenter devices.
   */
  z.object({
    t: z.literal('security'),
    identities: z.int().min(0),
    classSize: z.int().min(0),
    perDevice: z.int().min(0),
    refused: z.int().min(0),
    addresses: z.array(z.object({ address: z.string().max(MAX_ADDRESS), identities: z.int().min(0), connections: z.int().min(0), refused: z.int().min(0) })),
    devices: z.array(z.object({ device: deviceIdSchema, online: z.int().min(0), you: z.boolean() })),
  }),
  /** Reply to ping. */
  z.object({ t: z.literal('pong') }),
  /** Application heartbeat: answer with `beat` (a page that does not is closed as gone). */
  z.object({ t: z.literal('beat') }),
  /** The last message was refused; nothing it asked for happened. */
  z.object({ t: z.literal('error'), code: errorCodeSchema, message: z.string() }),
])

export type Position = z.infer<typeof positionSchema>
export type QuestionKind = z.infer<typeof questionKindSchema>
export type QuestionView = z.infer<typeof questionViewSchema>
export type QuestionState = z.infer<typeof questionStateSchema>
export type LiveQuestion = z.infer<typeof liveQuestionSchema>
export type SlideNotes = z.infer<typeof slideNotesSchema>
export type ClientMessage = z.infer<typeof clientMessageSchema>
export type ServerMessage = z.infer<typeof serverMessageSchema>
export type ErrorCode = z.infer<typeof errorCodeSchema>
/** One client message kind, e.g. `ClientMessageOf<'answer'>`. */
export type ClientMessageOf<T extends ClientMessage['t']> = Extract<ClientMessage, { t: T }>
/** One server message kind, e.g. `ServerMessageOf<'snapshot'>`. */
export type ServerMessageOf<T extends ServerMessage['t']> = Extract<ServerMessage, { t: T }>

export type Decoded<T> = { ok: true, message: T } | { ok: false, error: string }

function decode<T>(schema: z.ZodType<T>, text: string): Decoded<T> {
  let json: unknown
  try {
    json = JSON.parse(text)
  }
  catch {
    return { ok: false, error: 'not JSON' }
  }
  const result = schema.safeParse(json)
  if (result.success)
    return { ok: true, message: result.data }
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  return { ok: false, error: `${where}${issue?.message ?? 'invalid message'}` }
}

/** Parses a message a browser sent; the error says what is wrong in a line. */
export function decodeClientMessage(text: string): Decoded<ClientMessage> {
  return decode(clientMessageSchema, text)
}

/** Parses a message the server sent, by its schema: what the tests hold the server to (browsers use serverMessages.ts). */
export function decodeServerMessage(text: string): Decoded<ServerMessage> {
  return decode(serverMessageSchema, text)
}
