/**
 * Who this browser is to the classroom server: a student phone's identity, issued by the server
 * and kept in localStorage; a presenter's token from the link, exchanged for a session cookie.
 */
import { CLASSROOM_SESSION_PATH, IDENTITY_TOKEN } from './wire.ts'

const IDENTITY_KEY = 'classroom-identity'

/** The identity the server issued this phone (it checks its own signature on every reconnection). */
export const studentIdentity = {
  get: (storage: Storage = localStorage): string | undefined => {
    const kept = storage.getItem(IDENTITY_KEY)
    return kept && IDENTITY_TOKEN.test(kept) ? kept : undefined
  },
  set: (identity: string, storage: Storage = localStorage): void => storage.setItem(IDENTITY_KEY, identity),
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

/**
 * Exchanges the presenter token for a session cookie (HttpOnly: no script can read it), in the
 * body of a POST: the token never appears in a URL, and the WebSocket upgrade that follows is
 * known as a presenter device's before it is let in. False when the server refused the token.
 */
export async function exchangePresenterToken(token: string, fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetcher(CLASSROOM_SESSION_PATH, { method: 'POST', body: token, credentials: 'same-origin', headers: { 'Content-Type': 'text/plain' } })
    return response.ok
  }
  catch {
    return false
  }
}
