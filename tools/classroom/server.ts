/**
 * The classroom server: one node:http server for the static sites (sites.ts) and a `ws`
 * WebSocketServer on /ws. It owns the live position and the questions (classroom.ts), writes
 * every answer to the class log (voteLog.ts) before acknowledging it, and checks on every message
 * who sent it. Bad input gets an error reply; nothing a browser sends can stop the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { RawData, WebSocket } from 'ws'
import type { ClientMessage, ErrorCode, ServerMessage, SlideNotes } from '../../kit/classroom/protocol'
import type { StaticHandler } from '../server/staticServer'
import type { Actor, Classroom } from './classroom'
import type { ClassEvent, ClassEventOf } from './events'
import type { RateLimit } from './rateLimit'
import type { ClassroomSites, SiteName } from './sites'
import type { VoteLog } from './voteLog'
import { Buffer } from 'node:buffer'
import { existsSync } from 'node:fs'
import { createServer, STATUS_CODES } from 'node:http'
import { isIPv6 } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { WebSocketServer } from 'ws'
import { CLASSROOM_WS_PATH, decodeClientMessage, MAX_MESSAGE_BYTES } from '../../kit/classroom/protocol'
import { staticFiles } from '../server/staticServer'
import { TokenBucket } from './rateLimit'
import { hashStudentId, sameSecret, Sessions } from './secrets'
import { routeRequest } from './sites'

export interface ClassroomLimits {
  /** Open WebSocket connections at most; more are refused with 503. */
  maxConnections: number
  rate: RateLimit
  /** Messages dropped for rate in a row before the connection is closed as flooding. */
  maxDroppedInRow: number
  /** How often sockets are pinged; one missing pong and the socket is terminated. */
  heartbeatMs: number
  /** Live counts and room sizes are sent at most this often. */
  updateMs: number
}

export const DEFAULT_LIMITS: ClassroomLimits = {
  maxConnections: 500,
  rate: { burst: 20, perSecond: 10 },
  maxDroppedInRow: 100,
  heartbeatMs: 15_000,
  updateMs: 200,
}

export interface ClassroomServerOptions {
  host: string
  /** 0 picks a free port. */
  port: number
  sites: ClassroomSites
  classroom: Classroom
  log: VoteLog
  /** The plan of every slide, for presenter sessions only. */
  slides: SlideNotes[]
  /** The presenter token of this start. */
  token: string
  limits?: Partial<ClassroomLimits>
  /** Where problems that are not a client's fault are reported (a log write that failed). */
  warn?: (line: string) => void
  /** The clock, in milliseconds. */
  now?: () => number
}

export interface ClassroomServer {
  /** http://HOST:PORT */
  origin: string
  port: number
  /** Open WebSocket connections. */
  connections: () => number
  close: () => Promise<void>
}

export class ClassroomServerError extends Error {
  override name = 'ClassroomServerError'
}

interface Connection {
  ws: WebSocket
  actor: Actor
  bucket: TokenBucket
  alive: boolean
  droppedInRow: number
}

/** Origins a browser page served by this server sends: its own host and port (and localhost for loopback). */
export function allowedOrigins(host: string, port: number): Set<string> {
  const hostPart = isIPv6(host) ? `[${host}]` : host
  const origins = new Set([`http://${hostPart}:${port}`])
  if (host === '127.0.0.1' || host === '::1' || host === 'localhost')
    origins.add(`http://localhost:${port}`).add(`http://127.0.0.1:${port}`).add(`http://[::1]:${port}`)
  return origins
}

function refuseUpgrade(socket: Socket, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`)
}

export async function startClassroomServer(options: ClassroomServerOptions): Promise<ClassroomServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const { classroom, log, sites } = options
  const now = options.now ?? Date.now
  const warn = options.warn ?? ((line: string) => process.stderr.write(`classroom: ${line}\n`))
  const sessions = new Sessions()
  const connections = new Set<Connection>()
  /** Answers written but not yet on disk, by question and student: a retry waits for the first write. */
  const pendingAnswers = new Map<string, Promise<void>>()

  // ---- static sites ----
  const handlers = new Map<SiteName, StaticHandler>()
  function siteHandler(name: SiteName): StaticHandler | undefined {
    const known = handlers.get(name)
    if (known)
      return known
    const site = sites[name]
    if (!existsSync(join(site.dir, 'index.html')))
      return undefined
    const handler = staticFiles(site.dir)
    handlers.set(name, handler)
    return handler
  }

  function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    res.end(`${text}\n`)
  }

  function serveHttp(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'only GET and HEAD', { Allow: 'GET, HEAD' })
    const url = new URL(req.url ?? '/', 'http://classroom')
    if (url.pathname === CLASSROOM_WS_PATH)
      return plain(res, 426, 'this address takes WebSocket connections only', { Upgrade: 'websocket' })
    const route = routeRequest(url.pathname)
    if ('redirect' in route)
      return plain(res, 302, `see ${route.redirect}`, { Location: route.redirect })
    const handler = siteHandler(route.site)
    if (!handler) {
      const site = sites[route.site]
      return plain(res, 503, `This page is not built yet: ${site.dir}/index.html is missing. Stop the server, run ${site.build}, and start it again.`)
    }
    req.url = `${route.path}${url.search}`
    handler(req, res, () => plain(res, 404, 'not found'))
  }

  // ---- messages ----
  function send(connection: Connection, message: ServerMessage): void {
    if (connection.ws.readyState === connection.ws.OPEN)
      connection.ws.send(JSON.stringify(message))
  }

  function sendError(connection: Connection, code: ErrorCode, message: string): void {
    send(connection, { t: 'error', code, message })
  }

  /** Serialised and encoded once, sent to many (as text frames). */
  function broadcast(message: ServerMessage, to: (c: Connection) => boolean = () => true): void {
    const bytes = Buffer.from(JSON.stringify(message))
    for (const connection of connections) {
      if (to(connection) && connection.ws.readyState === connection.ws.OPEN)
        connection.ws.send(bytes, { binary: false })
    }
  }

  let updateTimer: NodeJS.Timeout | undefined
  let countsChanged = false
  let roomChanged = false
  /** Live counts and room sizes change in bursts: send the latest state a few times a second at most. */
  function scheduleUpdate(kind: 'counts' | 'room'): void {
    if (kind === 'counts')
      countsChanged = true
    else
      roomChanged = true
    updateTimer ??= setTimeout(() => {
      updateTimer = undefined
      const open = classroom.openId()
      if (countsChanged && open !== undefined) {
        broadcast({ t: 'counts', question: open, counts: classroom.counts(open) }, c => c.actor.role === 'presenter')
        broadcast({ t: 'answered', question: open, total: classroom.answerCount(open) }, c => c.actor.role !== 'presenter')
      }
      if (roomChanged) {
        const roles = [...connections].map(c => c.actor.role)
        const room = { t: 'room', students: roles.filter(r => r === 'student').length, presenters: roles.filter(r => r === 'presenter').length, followers: roles.filter(r => r === 'follower').length } as const
        broadcast(room, c => c.actor.role === 'presenter')
      }
      countsChanged = false
      roomChanged = false
    }, limits.updateMs)
  }

  function logEvent(event: ClassEvent): Promise<void> {
    return log.append(event)
  }

  function becomePresenter(connection: Connection, session: string): void {
    connection.actor = { role: 'presenter' }
    send(connection, { t: 'session', session })
    send(connection, classroom.snapshot(connection.actor))
    send(connection, { t: 'plan', slides: options.slides, questions: classroom.liveQuestions() })
    scheduleUpdate('room')
  }

  function answer(connection: Connection, message: Extract<ClientMessage, { t: 'answer' }>): void {
    const decision = classroom.decide(connection.actor, message, now())
    if (decision.kind === 'refuse')
      return sendError(connection, decision.code, decision.message)
    const key = `${message.question}\0${connection.actor.student}`
    if (decision.kind === 'repeat') {
      // Acknowledge a retry only once the first copy is on disk.
      const pending = pendingAnswers.get(key) ?? Promise.resolve()
      pending.then(
        () => send(connection, { t: 'ack', question: decision.question, choice: decision.choice }),
        () => sendError(connection, 'not-stored', 'your answer could not be stored; try again'),
      )
      return
    }
    const event = decision.event as ClassEventOf<'answer'>
    classroom.apply(event)
    const written = logEvent(event)
    pendingAnswers.set(key, written)
    written.then(
      () => send(connection, { t: 'ack', question: event.q, choice: event.c }),
      (error: Error) => {
        classroom.retract(event)
        warn(error.message)
        sendError(connection, 'not-stored', 'your answer could not be stored; try again')
      },
    ).finally(() => {
      if (pendingAnswers.get(key) === written)
        pendingAnswers.delete(key)
      scheduleUpdate('counts')
    })
    scheduleUpdate('counts')
  }

  function presenterCommand(connection: Connection, message: Extract<ClientMessage, { t: 'go' | 'open' | 'close' }>): void {
    const decision = classroom.decide(connection.actor, message, now())
    if (decision.kind === 'refuse')
      return sendError(connection, decision.code, decision.message)
    if (decision.kind !== 'apply')
      return
    classroom.apply(decision.event)
    // Sent before the write: the room moves at once. Answers are logged after this event in the
    // same file, so no acknowledged answer can be on disk without the question's opening.
    if (decision.event.t === 'go')
      broadcast({ t: 'position', ...classroom.position })
    else
      broadcast({ t: 'question', current: classroom.current()! })
    logEvent(decision.event).catch((error: Error) => warn(error.message))
  }

  function handleMessage(connection: Connection, message: ClientMessage): void {
    switch (message.t) {
      case 'ping':
        return send(connection, { t: 'pong' })
      case 'hello':
        if (connection.actor.role === 'presenter')
          return sendError(connection, 'forbidden', 'a presenter connection cannot join as a student')
        connection.actor = { role: 'student', student: hashStudentId(message.student) }
        send(connection, classroom.snapshot(connection.actor))
        return scheduleUpdate('room')
      case 'auth':
        if (!sameSecret(message.token, options.token))
          return sendError(connection, 'unauthorized', 'this presenter link is not valid for this class session (each start makes a new one)')
        return becomePresenter(connection, sessions.create())
      case 'resume':
        if (!sessions.has(message.session))
          return sendError(connection, 'unauthorized', 'this presenter session is not known (the server restarted?): open the presenter link again')
        return becomePresenter(connection, message.session)
      case 'answer':
        return answer(connection, message)
      case 'go':
      case 'open':
      case 'close':
        return presenterCommand(connection, message)
    }
  }

  function onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    connection.alive = true
    if (!connection.bucket.take(now())) {
      connection.droppedInRow++
      if (connection.droppedInRow > limits.maxDroppedInRow)
        return connection.ws.close(1008, 'too many messages')
      // One error reply per burst: replying to each dropped message would feed the flood.
      if (connection.droppedInRow === 1)
        sendError(connection, 'rate-limited', `too many messages: at most ${limits.rate.perSecond} a second`)
      return
    }
    connection.droppedInRow = 0
    if (isBinary)
      return sendError(connection, 'bad-message', 'messages are JSON text')
    const decoded = decodeClientMessage(data.toString())
    if (!decoded.ok)
      return sendError(connection, 'bad-message', decoded.error)
    handleMessage(connection, decoded.message)
  }

  // ---- sockets ----
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, clientTracking: false })
  const server = createServer((req, res) => {
    try {
      serveHttp(req, res)
    }
    catch (error) {
      warn(`request ${req.url}: ${(error as Error).message}`)
      if (!res.headersSent)
        plain(res, 500, 'internal error')
    }
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  let origins = new Set<string>()
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const pathname = new URL(req.url ?? '/', 'http://classroom').pathname
    if (pathname !== CLASSROOM_WS_PATH)
      return refuseUpgrade(socket, 404, `WebSocket only at ${CLASSROOM_WS_PATH}`)
    if (!origins.has(req.headers.origin ?? ''))
      return refuseUpgrade(socket, 403, 'Origin not allowed: open the page from this server')
    if (connections.size >= limits.maxConnections)
      return refuseUpgrade(socket, 503, 'the classroom is full')
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection: Connection = { ws, actor: { role: 'follower' }, bucket: new TokenBucket(limits.rate, now()), alive: true, droppedInRow: 0 }
      connections.add(connection)
      ws.on('error', () => ws.terminate())
      ws.on('pong', () => {
        connection.alive = true
      })
      ws.on('message', (data, isBinary) => {
        try {
          onMessage(connection, data, isBinary)
        }
        catch (error) {
          warn(`message handling failed: ${(error as Error).stack ?? error}`)
          sendError(connection, 'internal', 'the server failed on this message; nothing changed')
        }
      })
      ws.on('close', () => {
        connections.delete(connection)
        scheduleUpdate('room')
      })
      send(connection, classroom.snapshot(connection.actor))
      scheduleUpdate('room')
    })
  })

  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.ws.terminate()
        continue
      }
      connection.alive = false
      connection.ws.ping()
    }
  }, limits.heartbeatMs)
  heartbeat.unref()

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(heartbeat)
      reject(error.code === 'EADDRINUSE'
        ? new ClassroomServerError(`port ${options.port} on ${options.host} is already in use: choose another with --port`)
        : error.code === 'EADDRNOTAVAIL'
          ? new ClassroomServerError(`${options.host} is not an address of this computer: check --host`)
          : error)
    })
    server.listen(options.port, options.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  origins = allowedOrigins(options.host, port)
  const origin = [...origins][0]!

  return {
    origin,
    port,
    connections: () => connections.size,
    close: async () => {
      clearInterval(heartbeat)
      clearTimeout(updateTimer)
      for (const connection of connections)
        connection.ws.terminate()
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}
