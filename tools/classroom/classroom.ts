/**
 * The class as the server holds it: the live position, the questions (open, closed and revealed)
 * and the answers by hashed student id; and who may do what. Pure: no I/O and no clock (times
 * come in with the commands), so every vote rule and right is tested without a server.
 */
import type { ClientMessageOf, ErrorCode, LiveQuestion, Position, QuestionState, QuestionView, ServerMessageOf } from '../../kit/classroom/protocol'
import type { ClassEvent, ClassEventOf } from './events'

/** What a connection is: a presenter session, a student phone after `hello`, or a follower (a projector without token). */
export type Role = 'presenter' | 'student' | 'follower'

export interface Actor {
  role: Role
  /** The hashed student id, for a student. */
  student?: string
}

export type Command = ClientMessageOf<'go'> | ClientMessageOf<'open'> | ClientMessageOf<'close'> | ClientMessageOf<'answer'>

export type Decision
  /** Allowed: apply the event (and log it). */
  = | { kind: 'apply', event: ClassEvent }
  /** The same answer again (a retry): acknowledge it again, change nothing. */
    | { kind: 'repeat', question: string, choice: number }
    | { kind: 'refuse', code: ErrorCode, message: string }

function refuse(code: ErrorCode, message: string): Decision {
  return { kind: 'refuse', code, message }
}

/** The question as students may see it: the correct answer and the slide it belongs to stay out. */
export function questionView(question: LiveQuestion): QuestionView {
  return { id: question.id, kind: question.kind, prompt: question.prompt, options: question.options }
}

export class Classroom {
  position: Position = { slide: 1, click: 0 }
  private questions = new Map<string, LiveQuestion>()
  private readonly status = new Map<string, 'open' | 'closed'>()
  /** The question opened last (open now, or closed and revealed). */
  private currentId: string | undefined
  private readonly answers = new Map<string, Map<string, number>>()
  /** Hashed ids of every student who said hello in this session, across restarts. */
  private readonly joined = new Set<string>()

  /** `slideCount`: the deck's number of slides; `go` beyond it is refused. */
  constructor(questions: readonly LiveQuestion[], private readonly slideCount: number) {
    this.setQuestions(questions)
  }

  /** Who may do what, and the vote rules. Does not change the state: `apply` the event it returns. */
  decide(actor: Actor, command: Command, at: number): Decision {
    if (command.t === 'answer')
      return this.decideAnswer(actor, command, at)
    if (actor.role !== 'presenter')
      return refuse('forbidden', command.t === 'go' ? 'only the presenter can change the slide' : 'only the presenter can open or close a question')
    if (command.t === 'go') {
      if (command.slide > this.slideCount)
        return refuse('bad-message', `slide ${command.slide} does not exist: the deck has ${this.slideCount}`)
      return { kind: 'apply', event: { t: 'go', at, slide: command.slide, click: command.click } }
    }
    const question = this.questions.get(command.question)
    if (!question)
      return refuse('unknown-question', `no live question "${command.question}" in this lesson`)
    if (command.t === 'open') {
      const open = this.openId()
      if (open === question.id)
        return refuse('question-open', `"${open}" is open already`)
      if (open !== undefined)
        return refuse('question-open', `close "${open}" before opening another question`)
      return { kind: 'apply', event: { t: 'open', at, q: question.id } }
    }
    if (this.status.get(question.id) !== 'open')
      return refuse('not-open', `"${question.id}" is not open`)
    return { kind: 'apply', event: { t: 'close', at, q: question.id } }
  }

  private decideAnswer(actor: Actor, command: ClientMessageOf<'answer'>, at: number): Decision {
    if (actor.role !== 'student' || actor.student === undefined)
      return refuse('forbidden', 'only a student phone can answer (send hello with your id first)')
    const question = this.questions.get(command.question)
    if (!question)
      return refuse('unknown-question', `no live question "${command.question}" in this lesson`)
    if (this.status.get(question.id) !== 'open')
      return refuse('not-open', `"${question.id}" is not open`)
    if (command.choice >= question.options.length)
      return refuse('bad-choice', `"${question.id}" has ${question.options.length} options, numbered from 0`)
    const earlier = this.answers.get(question.id)?.get(actor.student)
    if (earlier === command.choice)
      return { kind: 'repeat', question: question.id, choice: earlier }
    if (earlier !== undefined)
      return refuse('already-answered', `you answered "${question.id}" already, with option ${earlier}`)
    return { kind: 'apply', event: { t: 'answer', at, q: question.id, s: actor.student, c: command.choice } }
  }

  /**
   * Applies an event decided here or read back from the log. Events from an older log that no
   * longer fit the lesson (a question removed, fewer options, fewer slides) are skipped; the
   * return value says whether the event took effect.
   */
  apply(event: ClassEvent): boolean {
    switch (event.t) {
      case 'questions':
        this.setQuestions(event.questions)
        return true
      case 'go':
        if (event.slide > this.slideCount)
          return false
        this.position = { slide: event.slide, click: event.click }
        return true
      case 'open':
        if (!this.questions.has(event.q))
          return false
        for (const [id, state] of this.status) {
          if (state === 'open')
            this.status.set(id, 'closed')
        }
        this.status.set(event.q, 'open')
        this.currentId = event.q
        return true
      case 'close':
        if (this.status.get(event.q) !== 'open')
          return false
        this.status.set(event.q, 'closed')
        return true
      case 'answer':
        return this.applyAnswer(event)
      case 'join':
        this.joined.add(event.s)
        return true
      case 'start':
      case 'end':
      case 'online':
        return true
    }
  }

  /** The event that records a student's first hello of the session; undefined when it joined before. */
  joinEvent(student: string, at: number): ClassEventOf<'join'> | undefined {
    return this.joined.has(student) ? undefined : { t: 'join', at, s: student }
  }

  private applyAnswer(event: ClassEventOf<'answer'>): boolean {
    const question = this.questions.get(event.q)
    const answers = this.answers.get(event.q)
    if (!question || !answers || event.c >= question.options.length || answers.has(event.s))
      return false
    answers.set(event.s, event.c)
    return true
  }

  /** Takes back an applied answer whose log write failed: it was never acknowledged. */
  retract(event: ClassEventOf<'answer'>): void {
    const answers = this.answers.get(event.q)
    if (answers?.get(event.s) === event.c)
      answers.delete(event.s)
  }

  private setQuestions(questions: readonly LiveQuestion[]): void {
    this.questions = new Map(questions.map(q => [q.id, q]))
    for (const question of questions) {
      if (!this.answers.has(question.id))
        this.answers.set(question.id, new Map())
    }
  }

  /** The open question's id, if one is open. */
  openId(): string | undefined {
    return this.currentId !== undefined && this.status.get(this.currentId) === 'open' ? this.currentId : undefined
  }

  /** The current question as everyone may see it: `correct` and final counts only once closed. */
  current(): QuestionState | null {
    const question = this.currentId === undefined ? undefined : this.questions.get(this.currentId)
    if (!question)
      return null
    if (this.status.get(question.id) === 'open')
      return { state: 'open', question: questionView(question) }
    return { state: 'closed', question: questionView(question), counts: this.counts(question.id), ...(question.correct === undefined ? {} : { correct: question.correct }) }
  }

  /** Answers per option of a question. */
  counts(questionId: string): number[] {
    // Counted when asked (a few times a second at most): the answers are the one record.
    const tally = Array.from({ length: this.questions.get(questionId)?.options.length ?? 0 }, () => 0)
    for (const choice of this.answers.get(questionId)?.values() ?? []) {
      if (choice < tally.length)
        tally[choice]! += 1
    }
    return tally
  }

  /** How many students answered a question. */
  answerCount(questionId: string): number {
    return this.answers.get(questionId)?.size ?? 0
  }

  /** This actor's view of the room after (re)connecting. */
  snapshot(actor: Actor): ServerMessageOf<'snapshot'> {
    const current = this.current()
    const open = this.openId()
    const answer = actor.student !== undefined && this.currentId !== undefined ? this.answers.get(this.currentId)?.get(actor.student) : undefined
    return {
      t: 'snapshot',
      position: { ...this.position },
      current,
      ...(open === undefined ? {} : { answered: this.answerCount(open) }),
      // The split of answers stays with the presenter until the reveal.
      ...(open === undefined || actor.role !== 'presenter' ? {} : { counts: this.counts(open) }),
      ...(answer === undefined ? {} : { answer }),
      presenter: actor.role === 'presenter',
    }
  }

  /** The questions with their answers, for presenter sessions. */
  liveQuestions(): LiveQuestion[] {
    return [...this.questions.values()]
  }
}
