/**
 * A real classroom server on 127.0.0.1, in this process or as a child process (to `kill -9`),
 * and real `ws` clients that record every message they receive.
 */
import type { ClientMessage, LiveQuestion, ServerMessage, SlideNotes } from '../../kit/classroom/protocol'
import type { ClassroomLimits, ClassroomServer } from '../../tools/classroom/server'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import WebSocket from 'ws'
import { decodeServerMessage } from '../../kit/classroom/protocol'
import { ChildServer } from '../../tools/classroom/childServer'
import { openClassSession } from '../../tools/classroom/classSession'
import { newSecret } from '../../tools/classroom/secrets'
import { startClassroomServer } from '../../tools/classroom/server'
import { root } from './root'

export const NOTE_SENTENCE = '这句只给讲师看：先别公布答案。'

export const QUESTIONS: LiveQuestion[] = [
  { id: 'year', slide: 'history', kind: 'choice', prompt: 'Kubernetes 哪一年开源？', options: ['2013', '2014', '2015'], correct: 1 },
  { id: 'risk', slide: 'risks', kind: 'poll', prompt: '哪种风险最难预防？', options: ['宕机', '升级', '流量'] },
]

export const SLIDES: SlideNotes[] = [1, 2, 3, 4].map(slide => ({ slide, plan: `p${slide}`, title: `第 ${slide} 张`, minutes: 2, points: [NOTE_SENTENCE], question: '口头提问？' }))

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A site folder with an index.html naming it. */
export function builtSite(name: string): string {
  const dir = tempDir(`class-site-${name}-`)
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${name}</title>`)
  return dir
}

export interface TestServer {
  origin: string
  token: string
  logDir: string
  server: ClassroomServer
  /** Stops the server, then closes the session's log, as the classroom command does. */
  close: () => Promise<void>
}

export async function startTestServer(options: { limits?: Partial<ClassroomLimits>, joinBuilt?: boolean, onNewToken?: (token: string) => void } = {}): Promise<TestServer> {
  const logDir = tempDir('class-logs-')
  const session = await openClassSession({ logDir, resume: false, questions: QUESTIONS, slides: SLIDES, now: new Date() })
  const token = newSecret()
  const join = options.joinBuilt === false ? { dir: tempDir('class-nothing-'), build: 'the student app build' } : { dir: builtSite('join'), build: 'the student app build' }
  const server = await startClassroomServer({
    host: '127.0.0.1',
    port: 0,
    sites: { projector: { dir: builtSite('projector'), build: 'npm run build' }, join, remote: { dir: builtSite('remote'), build: 'the remote build' } },
    classroom: session.classroom,
    log: session.log,
    slides: SLIDES,
    token,
    identities: session.identities,
    limits: options.limits,
    onNewToken: options.onNewToken,
    warn: () => {},
  })
  const close = async (): Promise<void> => {
    await server.close()
    await session.log.close()
  }
  return { origin: server.origin, token, logDir, server, close }
}

export interface OpenOptions {
  originHeader?: string
  /** The loopback source address to connect from (127.0.0.N): a phone of its own. */
  localAddress?: string
  /** Answer the server's application heartbeat, as a live page does (default true). */
  answerBeats?: boolean
  /** Sent with the upgrade, as a browser sends its cookies. */
  cookie?: string
}

/** A ws client that keeps every message it got and can wait for the next one that matches. */
export class Client {
  readonly received: ServerMessage[] = []
  /** Raw text of every message, to search for things that must never arrive. */
  readonly raw: string[] = []
  private waiters: Array<{ match: (m: ServerMessage) => boolean, resolve: (m: ServerMessage) => void, from: number }> = []
  closed: Promise<{ code: number, reason: string }>

  private constructor(readonly ws: WebSocket, answerBeats: boolean) {
    ws.on('message', (data) => {
      const text = data.toString()
      this.raw.push(text)
      const decoded = decodeServerMessage(text)
      if (!decoded.ok)
        throw new Error(`the server sent a message outside the protocol: ${decoded.error}: ${text}`)
      if (decoded.message.t === 'beat' && answerBeats && ws.readyState === ws.OPEN)
        ws.send(JSON.stringify({ t: 'beat' }))
      this.received.push(decoded.message)
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.match(decoded.message))
          return true
        waiter.resolve(decoded.message)
        return false
      })
    })
    this.closed = new Promise(resolve => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  }

  /** Opens a connection and waits for the snapshot every connection gets first. */
  static open(origin: string, options: OpenOptions = {}): Promise<Client> {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}/ws`, {
      origin: options.originHeader ?? origin,
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      ...(options.cookie ? { headers: { cookie: options.cookie } } : {}),
    })
    const client = new Client(ws, options.answerBeats ?? true)
    return new Promise((resolve, reject) => {
      ws.once('open', () => void client.next('snapshot', undefined, 0).then(() => resolve(client)))
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)))
      ws.once('error', reject)
      // Closed before its snapshot: said, not waited on until the test's timeout.
      void client.closed.then(({ code, reason }) => reject(new Error(`closed (${code} ${reason}) before the snapshot`)))
    })
  }

  send(message: ClientMessage): void {
    this.ws.send(JSON.stringify(message))
  }

  /** The first message of kind `t` (matching `where`) received from now on, or already received after index `from`. */
  next<T extends ServerMessage['t']>(t: T, where: (m: Extract<ServerMessage, { t: T }>) => boolean = () => true, from = this.received.length): Promise<Extract<ServerMessage, { t: T }>> {
    const match = (m: ServerMessage): boolean => m.t === t && where(m as Extract<ServerMessage, { t: T }>)
    const earlier = this.received.slice(from).find(match)
    if (earlier)
      return Promise.resolve(earlier as Extract<ServerMessage, { t: T }>)
    return new Promise(resolve => this.waiters.push({ match, resolve: m => resolve(m as Extract<ServerMessage, { t: T }>), from }))
  }

  /** Sends and waits for the reply of kind `t` (or an error, which is returned instead). */
  async request<T extends ServerMessage['t']>(message: ClientMessage, t: T): Promise<Extract<ServerMessage, { t: T | 'error' }>> {
    const from = this.received.length
    this.send(message)
    // A socket the server closes without a reply fails the request, naming the close, rather than
    // leaving the test to its timeout.
    const closed = this.closed.then(({ code, reason }): never => {
      throw new Error(`the server closed the connection (${code} ${reason}) without replying to ${message.t}`)
    })
    return Promise.race([this.next(t, undefined, from), this.next('error', undefined, from), closed]) as Promise<Extract<ServerMessage, { t: T | 'error' }>>
  }

  close(): void {
    this.ws.close()
  }
}

export async function presenter(origin: string, token: string): Promise<Client> {
  const client = await Client.open(origin)
  const reply = await client.request({ t: 'auth', token }, 'session')
  if (reply.t !== 'session')
    throw new Error(`auth failed: ${reply.message}`)
  return client
}

export interface Student {
  client: Client
  /** The identity the server issued (or the one presented again). */
  identity: string
}

/**
 * A phone joins: presents `identity` if given, or is issued one. Rejects when the server refuses
 * the hello (no identity left for this address or class).
 */
export async function joinAsStudent(origin: string, options: OpenOptions & { identity?: string } = {}): Promise<Student> {
  const client = await Client.open(origin, options)
  const reply = await client.request(options.identity === undefined ? { t: 'hello' } : { t: 'hello', identity: options.identity }, 'snapshot')
  if (reply.t === 'error') {
    client.close()
    throw new Error(`hello refused: ${reply.code}: ${reply.message}`)
  }
  const issued = client.received.find(m => m.t === 'identity')
  return { client, identity: issued?.t === 'identity' ? issued.identity : options.identity! }
}

/** A phone with an identity of its own: each from its own loopback address, so the per-address limit is not in the way. */
let nextPhone = 0
export function phoneAddress(): string {
  nextPhone++
  return `127.0.${10 + Math.floor(nextPhone / 250) % 200}.${1 + nextPhone % 250}`
}

export async function student(origin: string, identity?: string): Promise<Client> {
  return (await joinAsStudent(origin, { identity, localAddress: phoneAddress() })).client
}

/** A classroom server as a child process on the fixture lesson, to `kill -9` and start again on the same log folder. */
export function startChildServer(setup: { logDir: string, resume: boolean }): Promise<ChildServer> {
  return ChildServer.start(root, {
    host: '127.0.0.1',
    port: 0,
    questions: QUESTIONS,
    slides: SLIDES,
    sites: { projector: { dir: builtSite('projector'), build: 'npm run build' }, join: { dir: builtSite('join'), build: 'x' }, remote: { dir: builtSite('remote'), build: 'x' } },
    ...setup,
  })
}

/** Child servers and clients a test file started: killed and closed after each test (call at the file's top level). */
export function stopAfterEach(): { children: ChildServer[], clients: Client[] } {
  const started = { children: [] as ChildServer[], clients: [] as Client[] }
  afterEach(async () => {
    for (const client of started.clients.splice(0))
      client.ws.terminate()
    await Promise.all(started.children.splice(0).map(child => child.kill9()))
  })
  return started
}
