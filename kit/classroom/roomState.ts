import type { LiveQuestion, Position, QuestionState, ServerMessage, ServerMessageOf, SlideNotes } from './protocol.ts'

/** What a browser in the room knows, folded from the server's messages (applyServerMessage). */
export interface RoomState {
  /** The live position, once the server has said it. */
  position: Position | null
  /** The open question, or the last one closed (with its counts and correct answer). */
  current: QuestionState | null
  /** Answers per option of the current question: live while open (presenter only), final after close. */
  counts: number[] | null
  /** How many students answered the current question. */
  answered: number
  /** This phone's answer to the current question, once the server acknowledged it. */
  answer: number | null
  /** Whether this connection holds a presenter session. */
  presenter: boolean
  /** Presenter only: each slide's plan (notes) and the live questions with answers. */
  notes: SlideNotes[]
  questions: LiveQuestion[]
  /** Presenter only: how many students are connected. */
  students: number | null
  /** Presenter only: identities per address, refused attempts, presenter devices. */
  security: Omit<ServerMessageOf<'security'>, 't'> | null
  /** The last refusal, for a line on screen. */
  error: { code: string, message: string } | null
}

export const initialRoomState: RoomState = {
  position: null,
  current: null,
  counts: null,
  answered: 0,
  answer: null,
  presenter: false,
  notes: [],
  questions: [],
  students: null,
  security: null,
  error: null,
}

function total(counts: readonly number[]): number {
  return counts.reduce((sum, n) => sum + n, 0)
}

function isOpen(state: RoomState, question: string): boolean {
  return state.current?.question.id === question && state.current.state === 'open'
}

/** The state after one message from the server; never mutates `state`. */
export function applyServerMessage(state: RoomState, message: ServerMessage): RoomState {
  switch (message.t) {
    case 'snapshot':
      return {
        ...state,
        position: message.position,
        current: message.current,
        counts: message.current?.state === 'closed' ? message.current.counts : (message.counts ?? null),
        answered: message.current?.state === 'closed' ? total(message.current.counts) : (message.answered ?? 0),
        answer: message.answer ?? null,
        presenter: message.presenter,
        error: null,
      }
    case 'position':
      return { ...state, position: { slide: message.slide, click: message.click } }
    case 'question': {
      const same = state.current?.question.id === message.current.question.id
      const counts = message.current.state === 'closed' ? message.current.counts : (same ? state.counts : null)
      const answered = message.current.state === 'closed' ? total(message.current.counts) : (same ? state.answered : 0)
      return { ...state, current: message.current, counts, answered, answer: same ? state.answer : null }
    }
    case 'counts':
      return isOpen(state, message.question) ? { ...state, counts: message.counts, answered: total(message.counts) } : state
    case 'answered':
      return isOpen(state, message.question) ? { ...state, answered: message.total } : state
    case 'ack':
      return state.current?.question.id === message.question ? { ...state, answer: message.choice, error: null } : state
    case 'plan':
      return { ...state, notes: message.slides, questions: message.questions }
    case 'room':
      return { ...state, students: message.students }
    case 'error':
      return { ...state, error: { code: message.code, message: message.message } }
    case 'security': {
      const { t: _t, ...security } = message
      return { ...state, security }
    }
    case 'session':
    case 'identity':
    case 'pong':
    case 'beat':
      return state
  }
}
