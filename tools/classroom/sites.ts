/**
 * The folders classroom mode serves, by URL prefix. Each is a build that carries no speaker notes
 * and no correct answers (the class-views builds); a folder not built yet is answered with a 503
 * that names the missing build, never with another build's files.
 */

export interface Site {
  /** The folder with the site's index.html. */
  dir: string
  /** What to run to make it, for the 503 message. */
  build: string
}

export interface ClassroomSites {
  /** `/` and `/N`: the projector's deck. */
  projector: Site
  /** `/join`: the student phone app. */
  join: Site
  /** `/remote`: the presenter remote. */
  remote: Site
}

export type SiteName = keyof ClassroomSites

export type Route = { site: SiteName, path: string } | { redirect: string }

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  }
  catch {
    return pathname
  }
}

/**
 * Which site answers a request path, and the path inside it. Slidev's presenter view would ship
 * the notes, so its URLs lead to the remote, which gets notes only over an authenticated socket.
 */
export function routeRequest(pathname: string): Route {
  // Case-insensitive and decoded, as the deck's router is: /Presenter/1 must not reach the deck.
  const lower = safeDecode(pathname).toLowerCase()
  if (/^\/presenter(?:\/|$)/.test(lower))
    return { redirect: '/remote' }
  for (const site of ['join', 'remote'] as const) {
    const prefix = `/${site}`
    if (lower === prefix || lower.startsWith(`${prefix}/`))
      return { site, path: pathname.slice(prefix.length) || '/' }
  }
  return { site: 'projector', path: pathname }
}
