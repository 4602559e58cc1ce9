/**
 * The classroom protocol's constants and encoding, without zod: what a browser needs at run time
 * besides decoding. The schemas in protocol.ts use the same limits, so the server's validation
 * and the browsers' lean decoding (serverMessages.ts) cannot drift apart.
 */
import type { ClientMessage, ServerMessage } from './protocol.ts'
import { ID_PATTERN, MAX_ID_LENGTH, MAX_OPTION_LENGTH, MAX_OPTIONS, MAX_PROMPT_LENGTH } from '../lesson/limits.ts'

export { MAX_SLIDE_MINUTES } from '../lesson/limits.ts'

/** The path of the WebSocket endpoint on the classroom server. */
export const CLASSROOM_WS_PATH = '/ws'

/**
 * Where a presenter page POSTs the link's token (the request body, never a URL) for a session
 * cookie; its WebSocket upgrades then carry the cookie and use the slots kept for presenters.
 */
export const CLASSROOM_SESSION_PATH = '/classroom-session'

/** Largest message either side may send, in bytes (the server's `maxPayload`). */
export const MAX_MESSAGE_BYTES = 4096

/** Highest slide number and click of a position. */
export const MAX_SLIDE = 999
export const MAX_CLICK = 99
/** A question's options, fewest and most, and its longest prompt and option: the lesson's own limits. */
export { MAX_OPTIONS, MIN_OPTIONS } from '../lesson/limits.ts'
export const MAX_PROMPT = MAX_PROMPT_LENGTH
export const MAX_OPTION = MAX_OPTION_LENGTH
/** Highest option index of an answer. */
export const MAX_CHOICE = MAX_OPTIONS - 1

/** Longest source address the security view names (an IPv6 address with its zone fits). */
export const MAX_ADDRESS = 64

/** A presenter token or session: 32 random bytes in base64url. */
export const SECRET = /^[\w-]{43}$/

/** A presenter device's id, as the remote makes it. */
export const DEVICE_ID = /^[\w-]{8,16}$/

/** A student identity the server issued: 16 random bytes, a dot, the server's HMAC of them (base64url). */
export const IDENTITY_TOKEN = /^[\w-]{22}\.[\w-]{43}$/

/** A live question's id, as in the lesson data: ID_PATTERN, at most MAX_ID_LENGTH characters. */
export const QUESTION_ID = new RegExp(`${ID_PATTERN.source.slice(0, -1)}(?<=^.{1,${MAX_ID_LENGTH}})$`)

/** Why the server refused a message (the `error` message's code). */
export const ERROR_CODES = [
  /** Not JSON, or not a message of this protocol. */
  'bad-message',
  /** Longer than MAX_MESSAGE_BYTES (the socket is then closed with code 1009). */
  'too-large',
  /** More messages than the per-connection rate allows; the message was dropped. */
  'rate-limited',
  /** Wrong or expired presenter token or session. */
  'unauthorized',
  /** This connection may not do that (a student moving slides, a projector answering…). */
  'forbidden',
  /** No such question in the lesson. */
  'unknown-question',
  /** The question is not open (not yet, or closed already). */
  'not-open',
  /** This student answered this question already, with another choice. */
  'already-answered',
  /** The choice is not one of the question's options. */
  'bad-choice',
  /** The answer could not be stored; it was not counted. Try again. */
  'not-stored',
  /** Too many connections, or no more identities for this address or class: refused. */
  'full',
  /** Another question is open: close it first. */
  'question-open',
  /** The server failed on this message; nothing it asked for happened. */
  'internal',
] as const

/** Serialises a message; typed so each side sends only its own kind. */
export function encodeMessage(message: ClientMessage | ServerMessage): string {
  return JSON.stringify(message)
}
