import type { ConnectionStatus } from './classroomSocket.ts'
import type { ClientMessage, Decoded, ServerMessage } from './protocol.ts'
import type { RoomState } from './roomState.ts'
import { onUnmounted, shallowRef } from 'vue'
import { connectClassroom } from './classroomSocket.ts'
import { presenterSession, studentId } from './identity.ts'
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
 * Connects the page to the classroom server for the component's lifetime. A presenter sends its
 * session (sessionStorage) to resume, or the link's token once to get a session; a student says
 * hello with its id. On every reconnection the server answers with a full snapshot. `decode`
 * parses the server's messages: the phone passes its lean decoder, the others the schemas'.
 */
export function useClassroom<M extends ServerMessage>(role: ClassroomRole, decode: (text: string) => Decoded<M>): Classroom {
  const state = shallowRef<RoomState>(initialRoomState)
  const status = shallowRef<ConnectionStatus>('connecting')
  let token = role.kind === 'presenter' ? role.token : null

  const socket = connectClassroom({
    location: window.location,
    decode,
    onStatus: value => (status.value = value),
    onOpen(send) {
      if (role.kind === 'student') {
        send({ t: 'hello', student: studentId() })
        return
      }
      if (role.kind !== 'presenter')
        return
      const session = presenterSession.get()
      if (session)
        send({ t: 'resume', session })
      else if (token)
        send({ t: 'auth', token })
    },
    onMessage(message) {
      if (message.t === 'session') {
        presenterSession.set(message.session)
        // The token has done its work: a later reconnection resumes the session.
        token = null
      }
      if (message.t === 'error' && message.code === 'unauthorized' && role.kind === 'presenter') {
        presenterSession.clear()
        if (token) {
          socket.send({ t: 'auth', token })
          token = null
        }
      }
      state.value = applyServerMessage(state.value, message)
    },
  })
  onUnmounted(() => socket.close())
  return { state, status, send: socket.send }
}
