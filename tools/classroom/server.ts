/**
 * The classroom server: one node:http server for the static sites (sites.ts) and a `ws`
 * WebSocketServer on /ws. It owns the live position and the questions (classroom.ts), writes
 * every answer to the class log (voteLog.ts) before acknowledging it, and checks on every message
 * who sent it. Student identities are the server's own (studentIdentity.ts), issued a few per
 * source address (admission.ts); presenter devices hold a cookie and use slots kept for them.
 * Bad input gets an error reply; nothing a browser sends can stop the server. The threat model
 * is docs/classroom-security.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { RawData, WebSocket } from 'ws'
import type { ClientMessage, ClientMessageOf, ErrorCode, ServerMessage, ServerMessageOf, SlideNotes } from '../../kit/classroom/protocol'
import type { StaticHandler } from '../server/staticServer'
import type { AdmissionLimits } from './admission'
import type { Actor, Classroom } from './classroom'
import type { ClassEvent, ClassEventOf } from './events'
import type { FloodLimit, RateLimit } from './rateLimit'
import type { ClassroomSites, SiteName } from './sites'
import type { StudentIdentities } from './studentIdentity'
import type { VoteLog } from './voteLog'
import { Buffer } from 'node:buffer'
import { existsSync } from 'node:fs'
import { createServer, STATUS_CODES } from 'node:http'
import { isIPv6 } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { WebSocketServer } from 'ws'
import { CLASSROOM_SESSION_PATH, CLASSROOM_WS_PATH, decodeClientMessage, MAX_MESSAGE_BYTES, secretSchema } from '../../kit/classroom/protocol'
import { staticFiles } from '../server/staticServer'
import { addressKey, Admission } from './admission'
import { attendanceLog } from './attendance'
import { MessageWindow, TokenBucket } from './rateLimit'
import { hashStudentId, newSecret, sameSecret, Sessions } from './secrets'
import { routeRequest } from './sites'

export interface ClassroomLimits extends AdmissionLimits {
  /** Per connection: messages beyond this rate are dropped with one error per burst. */
  rate: RateLimit
  /** Per connection: every message counts, accepted or dropped; over the window's limit, the socket is closed. */
  flood: FloodLimit
  /** The server sends a `beat` this often; a socket silent for two periods is closed. */
  heartbeatMs: number
  /** Live counts and room sizes are sent at most this often. */
  updateMs: number
  /** Open TCP connections from one source address, HTTP and WebSocket together. */
  perAddressSockets: number
  /** HTTP: time to receive a request's headers (or a first byte), and the whole request; idle keep-alive time. */
  headersTimeoutMs: number
  requestTimeoutMs: number
  keepAliveTimeoutMs: number
}

export const DEFAULT_LIMITS: ClassroomLimits = {
  maxConnections: 1500,
  perAddressConnections: 8,
  perDevice: 2,
  classSize: 1000,
  reservedSlots: 16,
  rate: { burst: 20, perSecond: 10 },
  flood: { windowMs: 5000, maxMessages: 100 },
  heartbeatMs: 15_000,
  updateMs: 200,
  perAddressSockets: 32,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
}

/**
 * The limits for a class: `--per-device` and `--class-size`. Where many phones share one address
 * (a NAT), raising --per-device raises that address's connection and socket caps with it.
 */
export function classLimits(options: { perDevice?: number, classSize?: number }): Partial<ClassroomLimits> {
  const perDevice = options.perDevice ?? DEFAULT_LIMITS.perDevice
  const perAddressConnections = Math.max(DEFAULT_LIMITS.perAddressConnections, perDevice * 4)
  return {
    perDevice,
    classSize: options.classSize ?? DEFAULT_LIMITS.classSize,
    perAddressConnections,
    perAddressSockets: Math.max(DEFAULT_LIMITS.perAddressSockets, perAddressConnections * 4),
  }
}

/** The cookie a presenter device holds its session in (set by POST CLASSROOM_SESSION_PATH). */
export const SESSION_COOKIE = 'classroom_session'

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
  /** Issues and checks student identities (the key beside the class log). */
  identities: StudentIdentities
  /** Called with the new token when a presenter asks for a new link (the old one stops working). */
  onNewToken?: (token: string) => void
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
  /** The source address it is counted under (admission.ts). */
  address: string
  /** The presenter device it belongs to, once it is a presenter. */
  device: string | undefined
  /** Came in on a presenter device's kept slot. */
  reserved: boolean
  bucket: TokenBucket
  window: MessageWindow
  /** When it last sent a message that parsed. */
  lastSeen: number
  droppedInRow: number
  joined: boolean
}

/** The value of cookie `name` in a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name)
      return value.join('=')
  }
  return undefined
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
  const { classroom, log, sites, identities } = options
  const now = options.now ?? Date.now
  const warn = options.warn ?? ((line: string) => process.stderr.write(`classroom: ${line}\n`))
  let token = options.token
  const sessions = new Sessions()
  const admission = new Admission(limits)
  const connections = new Set<Connection>()
  /** Answers written but not yet on disk, by question and student: a retry waits for the first write. */
  const pendingAnswers = new Map<string, Promise<void>>()
  const attendance = attendanceLog(classroom, event => log.append(event), now, warn)
  let origins = new Set<string>()

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

  /** The presenter link's token, POSTed by the page, exchanged for a session cookie. */
  function exchangeToken(req: IncomingMessage, res: ServerResponse): void {
    if (!origins.has(req.headers.origin ?? ''))
      return plain(res, 403, 'Origin not allowed: open the page from this server')
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > 256)
        return req.destroy()
      chunks.push(chunk)
    })
    req.on('end', () => {
      const sent = Buffer.concat(chunks).toString('utf8').trim()
      if (!secretSchema.safeParse(sent).success || !sameSecret(sent, token))
        return plain(res, 403, 'this presenter link is not valid for this class session (each start makes a new one)')
      const { session } = sessions.create()
      // HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it.
      plain(res, 204, '', { 'Set-Cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/` })
      scheduleUpdate('room')
    })
    req.on('error', () => req.destroy())
  }

  function serveHttp(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    const url = new URL(req.url ?? '/', 'http://classroom')
    if (req.method === 'POST' && url.pathname === CLASSROOM_SESSION_PATH)
      return exchangeToken(req, res)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'only GET and HEAD', { Allow: 'GET, HEAD' })
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

  const isPresenter = (c: Connection): boolean => c.actor.role === 'presenter'

  /** What the remote shows of who holds the room; the busiest addresses only. */
  function securityFor(connection: Connection): ServerMessageOf<'security'> {
    const view = admission.view()
    const online = new Map<string, number>()
    for (const c of connections) {
      if (c.device !== undefined)
        online.set(c.device, (online.get(c.device) ?? 0) + 1)
    }
    return {
      t: 'security',
      identities: view.identities,
      classSize: view.classSize,
      perDevice: view.perDevice,
      refused: view.refused,
      addresses: view.addresses.slice(0, 30),
      devices: sessions.list().map(device => ({ device, online: online.get(device) ?? 0, you: device === connection.device })),
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
        broadcast({ t: 'counts', question: open, counts: classroom.counts(open) }, isPresenter)
        broadcast({ t: 'answered', question: open, total: classroom.answerCount(open) }, c => !isPresenter(c))
      }
      if (roomChanged) {
        const roles = [...connections].map(c => c.actor.role)
        const room = { t: 'room', students: roles.filter(r => r === 'student').length, presenters: roles.filter(r => r === 'presenter').length, followers: roles.filter(r => r === 'follower').length } as const
        broadcast(room, isPresenter)
        attendance.online(room.students)
        for (const connection of connections) {
          if (isPresenter(connection))
            send(connection, securityFor(connection))
        }
      }
      countsChanged = false
      roomChanged = false
    }, limits.updateMs)
  }

  function logEvent(event: ClassEvent): Promise<void> {
    return log.append(event)
  }

  function becomePresenter(connection: Connection, device: string, session?: string): void {
    connection.actor = { role: 'presenter' }
    connection.device = device
    if (session !== undefined)
      send(connection, { t: 'session', session })
    send(connection, classroom.snapshot(connection.actor))
    send(connection, { t: 'plan', slides: options.slides, questions: classroom.liveQuestions() })
    scheduleUpdate('room')
  }

  /** A phone joins: with an identity this server signed (a reconnection, from any address), or it is issued one. */
  function hello(connection: Connection, message: ClientMessageOf<'hello'>): void {
    if (connection.joined)
      return sendError(connection, 'forbidden', 'this connection has joined already: one hello per connection')
    if (connection.actor.role === 'presenter')
      return sendError(connection, 'forbidden', 'a presenter connection cannot join as a student')
    connection.joined = true
    let id = message.identity === undefined ? undefined : identities.verify(message.identity)
    if (id === undefined) {
      const admit = admission.issue(connection.address)
      if (!admit.ok) {
        scheduleUpdate('room')
        return sendError(connection, 'full', admit.reason)
      }
      const issued = identities.issue()
      id = issued.id
      send(connection, { t: 'identity', identity: issued.token })
    }
    admission.seen(connection.address, id)
    connection.actor = { role: 'student', student: hashStudentId(id) }
    attendance.hello(connection.actor)
    send(connection, classroom.snapshot(connection.actor))
    scheduleUpdate('room')
  }

  function answer(connection: Connection, message: ClientMessageOf<'answer'>): void {
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

  function presenterCommand(connection: Connection, message: ClientMessageOf<'go' | 'open' | 'close'>): void {
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

  /** A presenter ends a device's session: its sockets close, its cookie is worth nothing. */
  function revoke(connection: Connection, device: string): void {
    if (!isPresenter(connection))
      return sendError(connection, 'forbidden', 'only the presenter can revoke a presenter device')
    if (!sessions.revoke(device))
      return sendError(connection, 'bad-message', `no presenter device "${device}"`)
    for (const c of connections) {
      if (c.device === device)
        c.ws.close(4001, 'this presenter device was revoked: open a new presenter link')
    }
    scheduleUpdate('room')
  }

  function relink(connection: Connection): void {
    if (!isPresenter(connection))
      return sendError(connection, 'forbidden', 'only the presenter can make a new presenter link')
    token = newSecret()
    options.onNewToken?.(token)
  }

  function handleMessage(connection: Connection, message: ClientMessage): void {
    switch (message.t) {
      case 'ping':
        return send(connection, { t: 'pong' })
      case 'beat':
        return
      case 'hello':
        return hello(connection, message)
      case 'auth': {
        if (!sameSecret(message.token, token))
          return sendError(connection, 'unauthorized', 'this presenter link is not valid for this class session (each start makes a new one)')
        const { session, device } = sessions.create()
        return becomePresenter(connection, device, session)
      }
      case 'resume': {
        const device = sessions.device(message.session)
        if (device === undefined)
          return sendError(connection, 'unauthorized', 'this presenter session is not known (the server restarted, or it was revoked): open the presenter link again')
        return becomePresenter(connection, device, message.session)
      }
      case 'answer':
        return answer(connection, message)
      case 'go':
      case 'open':
      case 'close':
        return presenterCommand(connection, message)
      case 'revoke':
        return revoke(connection, message.device)
      case 'relink':
        return relink(connection)
    }
  }

  function onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    const at = now()
    // Every message counts against the window, dropped or not: a steady flood just under the
    // bucket's limit is closed too.
    if (!connection.window.note(at))
      return connection.ws.close(1008, 'too many messages')
    if (!connection.bucket.take(at)) {
      // One error reply per burst: replying to each dropped message would feed the flood.
      if (connection.droppedInRow++ === 0)
        sendError(connection, 'rate-limited', `too many messages: at most ${limits.rate.perSecond} a second`)
      return
    }
    connection.droppedInRow = 0
    if (isBinary)
      return sendError(connection, 'bad-message', 'messages are JSON text')
    const decoded = decodeClientMessage(data.toString())
    if (!decoded.ok)
      return sendError(connection, 'bad-message', decoded.error)
    connection.lastSeen = at
    handleMessage(connection, decoded.message)
  }

  // ---- sockets ----
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, clientTracking: false })
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // How often the timeouts above are checked.
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  }, (req, res) => {
    try {
      serveHttp(req, res)
    }
    catch (error) {
      warn(`request ${req.url}: ${(error as Error).message}`)
      if (!res.headersSent)
        plain(res, 500, 'internal error')
    }
  })
  // Students, presenter devices, and room for page loads beside them.
  server.maxConnections = limits.maxConnections + limits.reservedSlots + limits.perAddressSockets * 8
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Said in a line, as Node would: a slow or broken request learns why it was cut. A socket that
    // sent nothing (Node's headersTimeout counts from the connection) is closed without a word:
    // nothing was asked, so there is nothing to answer.
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
    if (socket.writable && !(socket as Socket).bytesWritten && (socket as Socket).bytesRead > 0)
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    else
      socket.destroy()
  })

  const socketsByAddress = new Map<string, number>()
  server.on('connection', (socket: Socket) => {
    const address = addressKey(socket.remoteAddress)
    const open = (socketsByAddress.get(address) ?? 0) + 1
    if (open > limits.perAddressSockets)
      return socket.destroy()
    socketsByAddress.set(address, open)
    // A socket that never sends a byte is closed by Node's headersTimeout, which counts from the
    // connection (the clientError handler above ends it without a word).
    socket.once('close', () => {
      const left = (socketsByAddress.get(address) ?? 1) - 1
      if (left <= 0)
        socketsByAddress.delete(address)
      else
        socketsByAddress.set(address, left)
    })
  })

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const pathname = new URL(req.url ?? '/', 'http://classroom').pathname
    if (pathname !== CLASSROOM_WS_PATH)
      return refuseUpgrade(socket, 404, `WebSocket only at ${CLASSROOM_WS_PATH}`)
    if (!origins.has(req.headers.origin ?? ''))
      return refuseUpgrade(socket, 403, 'Origin not allowed: open the page from this server')
    // A presenter device is known by its cookie before the upgrade: it never waits behind a full room.
    const cookie = cookieValue(req.headers.cookie, SESSION_COOKIE)
    const device = cookie === undefined ? undefined : sessions.device(cookie)
    const address = addressKey(req.socket.remoteAddress)
    const admit = admission.connect(address, device !== undefined)
    if (!admit.ok) {
      scheduleUpdate('room')
      return refuseUpgrade(socket, 503, admit.reason)
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const at = now()
      const connection: Connection = { ws, actor: { role: 'follower' }, address, device: undefined, reserved: device !== undefined, bucket: new TokenBucket(limits.rate, at), window: new MessageWindow(limits.flood, at), lastSeen: at, droppedInRow: 0, joined: false }
      connections.add(connection)
      ws.on('error', () => ws.terminate())
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
        admission.disconnect(address, connection.reserved)
        scheduleUpdate('room')
      })
      if (device !== undefined)
        becomePresenter(connection, device)
      else
        send(connection, classroom.snapshot(connection.actor))
      scheduleUpdate('room')
    })
  })

  // The application heartbeat: `ws` answers protocol pings by itself, so only an answer from the
  // page's own code shows the page is still there.
  const heartbeat = setInterval(() => {
    const at = now()
    for (const connection of connections) {
      if (at - connection.lastSeen > 2 * limits.heartbeatMs)
        connection.ws.terminate()
      else
        send(connection, { t: 'beat' })
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
      // The class is over: no presenter session outlives it.
      sessions.clear()
      for (const connection of connections)
        connection.ws.terminate()
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}
