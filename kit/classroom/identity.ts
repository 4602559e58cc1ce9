/** Who this browser is to the classroom server: a student's random id, a presenter's session. */

const STUDENT_KEY = 'classroom-student'
const SESSION_KEY = 'classroom-session'

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The phone's anonymous id: 128 random bits kept in localStorage (the server stores only a hash). */
export function studentId(storage: Storage = localStorage): string {
  const kept = storage.getItem(STUDENT_KEY)
  if (kept && /^[\w-]{22}$/.test(kept))
    return kept
  const id = base64url(crypto.getRandomValues(new Uint8Array(16)))
  storage.setItem(STUDENT_KEY, id)
  return id
}

/**
 * The presenter token from the page's `#token=…`, removed from the address bar at once so it
 * stays out of history, bookmarks and anyone's view; null when the page was opened without it.
 */
export function takeTokenFromUrl(location: Location = window.location, history: History = window.history): string | null {
  const match = /(?:^#|&)token=([\w-]+)/.exec(location.hash)
  if (!match)
    return null
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  return match[1]!
}

export const presenterSession = {
  get: (storage: Storage = sessionStorage): string | null => storage.getItem(SESSION_KEY),
  set: (session: string, storage: Storage = sessionStorage): void => storage.setItem(SESSION_KEY, session),
  clear: (storage: Storage = sessionStorage): void => storage.removeItem(SESSION_KEY),
}
