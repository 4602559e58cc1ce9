import type { ClassroomSocket, ConnectionStatus } from './classroomSocket.ts'
import type { ClientMessage, Decoded, ServerMessage } from './protocol.ts'
import type { RoomState } from './roomState.ts'
import { onUnmounted, shallowRef } from 'vue'
import { connectClassroom } from './classroomSocket.ts'
import { exchangePresenterToken, studentIdentity } from './identity.ts'
import { applyServerMessage, initialRoomState } from './roomState.ts'

/** Who a page is in the room: a student phone, the presenter (token from the link), or a follower. */
export type ClassroomRole = { kind: 'student' } | { kind: 'presenter', token: string | null } | { kind: 'follower' }

export interface Classroom {
  /** The room as this page knows it; replaced (not mutated) on every message. */
  state: Readonly<{ value: RoomState }>
  status: Readonly<{ value: ConnectionStatus }>
  send: (message: ClientMessage) => boolean
}

/**
 * Connects the page to the classroom server for the component's lifetime. A presenter page
 * opened with the link's token first exchanges it for a session cookie; the browser then sends
 * the cookie with every (re)connection and the server knows it as the presenter. A student says
 * hello with the identity the server issued it, or is issued one. On every reconnection the
 * server answers with a full snapshot. `decode` parses the server's messages: the phone passes
 * its lean decoder, the others the schemas'.
 */
export function useClassroom<M extends ServerMessage>(role: ClassroomRole, decode: (text: string) => Decoded<M>): Classroom {
  const state = shallowRef<RoomState>(initialRoomState)
  const status = shallowRef<ConnectionStatus>('connecting')
  let socket: ClassroomSocket | null = null
  let unmounted = false

  const connect = (): void => {
    if (unmounted)
      return
    socket = connectClassroom({
      location: window.location,
      decode,
      onStatus: value => (status.value = value),
      onOpen(send) {
        if (role.kind === 'student') {
          const identity = studentIdentity.get()
          send(identity === undefined ? { t: 'hello' } : { t: 'hello', identity })
        }
      },
      onMessage(message) {
        if (message.t === 'identity')
          studentIdentity.set(message.identity)
        state.value = applyServerMessage(state.value, message)
      },
    })
  }

  if (role.kind === 'presenter' && role.token !== null) {
    void exchangePresenterToken(role.token).then((accepted) => {
      if (!accepted)
        state.value = applyServerMessage(state.value, { t: 'error', code: 'unauthorized', message: 'this presenter link is not valid for this class session' })
      connect()
    })
  }
  else {
    connect()
  }
  onUnmounted(() => {
    unmounted = true
    socket?.close()
  })
  return { state, status, send: message => socket?.send(message) ?? false }
}
