/**
 * A deck open in a browser while `npm run build` replaces the dist/ it is served from still runs
 * the earlier build's page: the parts it has not loaded yet (a slide, the presenter view, the
 * overview) went with the old build, and each failed load is reported by Vite as
 * `vite:preloadError`. Loading the page again shows the new build where the presenter was going
 * (the router's address for it; the current address when no navigation waits on the part),
 * instead of a view that never comes.
 *
 * Once in a while at most: a part missing from the new build too is a real fault, left to show
 * as one rather than reloading in a loop in front of the class.
 */

/** How long after one reload another one is allowed. */
export const RELOAD_AGAIN_AFTER_MS = 60_000

/** Where the time of the last reload is kept: per tab, and kept across the reload. */
export const RELOADED_AT_KEY = 'lesson-kit:reloaded-for-new-build'

/** Whether a failed load may reload the page, given when it last did (`null`: never, in this tab). */
export function mayReload(lastReloadAt: string | null, now: number): boolean {
  if (lastReloadAt === null)
    return true
  const last = Number(lastReloadAt)
  // A value nobody wrote, or a clock set back since: reloading once more is the lesser harm.
  return !Number.isFinite(last) || last > now || now - last >= RELOAD_AGAIN_AFTER_MS
}

/** The part of `window` this needs. */
export interface ReloadTarget {
  addEventListener: (type: 'vite:preloadError', listener: (event: Event) => void) => void
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>
  location: Pick<Location, 'reload' | 'assign'>
}

/** The part of Vue Router's router this needs. */
export interface NavigatingRouter<Route> {
  beforeEach: (guard: (to: Route) => void) => unknown
  afterEach: (hook: () => void) => unknown
  resolve: (to: Route) => { href: string }
}

/**
 * The address the router is on its way to, while it loads what the view needs (a view whose part
 * is missing never arrives, so the address bar still shows where it came from).
 */
export function trackPendingNavigation<Route>(router: NavigatingRouter<Route>): () => string | undefined {
  let pending: string | undefined
  router.beforeEach((to) => {
    pending = router.resolve(to).href
  })
  router.afterEach(() => {
    pending = undefined
  })
  return () => pending
}

/**
 * Loads the page again when it asks for a part of a build that has been replaced: at the address
 * a navigation was going to (`pendingHref`), or the current one.
 */
export function reloadOnNewBuild(target: ReloadTarget, pendingHref: () => string | undefined = () => undefined, now: () => number = Date.now): void {
  target.addEventListener('vite:preloadError', (event) => {
    try {
      if (!mayReload(target.sessionStorage.getItem(RELOADED_AT_KEY), now()))
        return
      target.sessionStorage.setItem(RELOADED_AT_KEY, String(now()))
    }
    catch {
      // No storage (a locked-down browser): without a record of the last reload, a reload could loop.
      return
    }
    event.preventDefault()
    const href = pendingHref()
    if (href === undefined)
      target.location.reload()
    else
      target.location.assign(href)
  })
}
