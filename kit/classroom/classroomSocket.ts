import type { ClientMessage, Decoded, ServerMessage } from './protocol.ts'
import { CLASSROOM_WS_PATH, encodeMessage } from './wire.ts'

export type ConnectionStatus = 'connecting' | 'open' | 'offline'

export interface ClassroomSocketOptions<M extends ServerMessage = ServerMessage> {
  /** Page location the socket URL is derived from (same host: the server checks Origin). */
  location: Pick<Location, 'protocol' | 'host'>
  /** Called on every (re)connection, to say who this is (hello, auth or resume). */
  onOpen: (send: (message: ClientMessage) => boolean) => void
  /**
   * Parses what the server sends: the lean readers of serverMessages.ts, which keep zod out of
   * every browser's download.
   */
  decode: (text: string) => Decoded<M>
  onMessage: (message: M) => void
  onStatus?: (status: ConnectionStatus) => void
  /** For tests: a WebSocket class other than the browser's. */
  WebSocketClass?: typeof WebSocket
}

export interface ClassroomSocket {
  /** Sends now if connected; false when the message could not be sent. */
  send: (message: ClientMessage) => boolean
  close: () => void
}

/** Heartbeat period: a sleeping phone's dead socket is noticed within two of these. */
export const HEARTBEAT_MS = 10_000

/** Wait before reconnection attempt `attempt` (0, 1, …): quick first, then backing off to 5 s. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5000, 300 * 2 ** attempt)
  // Jitter spreads a room of phones reconnecting after a Wi-Fi drop.
  return Math.round(base * (0.75 + random() * 0.5))
}

export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${CLASSROOM_WS_PATH}`
}

/**
 * A connection to the classroom server that stays up: it reconnects after a drop (the server
 * then sends a full snapshot), answers the server's beat, sends a heartbeat and reconnects when
 * the server falls silent.
 * Every message received is parsed with `decode`; one that does not parse is dropped.
 */
export function connectClassroom<M extends ServerMessage>(options: ClassroomSocketOptions<M>): ClassroomSocket {
  const Socket = options.WebSocketClass ?? WebSocket
  let socket: WebSocket | null = null
  let attempt = 0
  let closed = false
  let heartbeat: ReturnType<typeof setInterval> | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let lastHeard = 0

  const send = (message: ClientMessage): boolean => {
    if (socket?.readyState !== Socket.OPEN)
      return false
    socket.send(encodeMessage(message))
    return true
  }

  const schedule = () => {
    clearInterval(heartbeat)
    if (closed)
      return
    options.onStatus?.('offline')
    retry = setTimeout(open, reconnectDelay(attempt++))
  }

  function open(): void {
    options.onStatus?.('connecting')
    const current = new Socket(socketUrl(options.location))
    socket = current
    current.addEventListener('open', () => {
      attempt = 0
      lastHeard = Date.now()
      options.onStatus?.('open')
      options.onOpen(send)
      heartbeat = setInterval(() => {
        if (Date.now() - lastHeard > 2 * HEARTBEAT_MS + 2000)
          current.close()
        else
          send({ t: 'ping' })
      }, HEARTBEAT_MS)
    })
    current.addEventListener('message', (event) => {
      lastHeard = Date.now()
      const decoded = options.decode(String(event.data))
      // The server closes a socket whose page stops answering its beat.
      if (decoded.ok && decoded.message.t === 'beat')
        send({ t: 'beat' })
      else if (decoded.ok)
        options.onMessage(decoded.message)
      else
        console.warn(`classroom: ignored a message from the server (${decoded.error})`)
    })
    current.addEventListener('close', () => {
      if (socket === current)
        schedule()
    })
  }

  open()
  return {
    send,
    close: () => {
      closed = true
      clearInterval(heartbeat)
      clearTimeout(retry)
      socket?.close()
    },
  }
}
