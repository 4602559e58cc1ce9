/**
 * What a slide asks for that does not exist, found in its compiled code: a component tag nothing
 * resolves (Vue would render it as an unknown element, silently empty) and a `$lesson.a.b` path
 * the lesson lacks (undefined, silently nothing). Pure functions; the Vite plugin applies them.
 */

/** Components the app registers globally (vue-router's), which Vue resolves at run time by name. */
const GLOBAL_COMPONENTS = new Set(['RouterView', 'RouterLink', 'router-view', 'router-link'])

/** `_resolveComponent("TagLisst")`: what Vue's compiler leaves for a tag no import resolved. */
const RESOLVE_CALL = /_resolveComponent\("([^"]+)"(?:, true)?\)/g

/** `$lesson.orchestration.projectz` (optional chaining too); indexing with [] ends the path. */
const LESSON_PATH = /\$lesson((?:\??\.[A-Z_$][\w$]*)+)/gi

/** `src: "https://…"` (or srcset, poster): what Vue's compiler leaves for an image, a video or a frame given by address. */
const REMOTE_SOURCE = /\b(?:src|srcset|poster)\s*:\s*"((?:https?:)?\/\/[^"\s]+)/g

/**
 * Addresses off this machine that a slide loads as it shows (an image, a video, a frame): a
 * classroom without internet would show nothing there. A link (`href`) is only followed on a click.
 */
export function remoteSources(code: string): string[] {
  return [...new Set([...code.matchAll(REMOTE_SOURCE)].map(match => match[1]!))]
}

/** A tag of the page that fetches its address as the page loads (`<a href>` does not). */
const FETCHING_TAG = /<(?:link|script|img|iframe|video|audio|source)\s[^>]*>/gi
const REMOTE_ADDRESS = /\s(?:href|src)\s*=\s*["']((?:https?:)?\/\/[^"']+)["']/i
/** Slidev's preload of a slide's image: the slide's own check names it, with the slide. */
const IMAGE_PRELOAD = /\srel\s*=\s*["']preload["'][^>]*\sas\s*=\s*["']image["']|\sas\s*=\s*["']image["'][^>]*\srel\s*=\s*["']preload["']/i

/** Addresses off this machine that the deck's page itself loads (Slidev's web fonts from Google, a script). */
export function remotePageResources(html: string): string[] {
  const addresses = [...html.matchAll(FETCHING_TAG)]
    .filter(([tag]) => !IMAGE_PRELOAD.test(tag))
    .map(([tag]) => REMOTE_ADDRESS.exec(tag)?.[1])
    .filter((address): address is string => address !== undefined)
  return [...new Set(addresses)]
}

/** What to do about an address the deck's page would load from the internet. */
export function remotePageProblem(url: string): string {
  const fix = /fonts\.(?:googleapis|gstatic)\.com/.test(url)
    ? 'set `provider: none` under `fonts:` in the headmatter of slides.md (the kit serves Noto Sans SC itself)'
    : 'serve the file from the lesson\'s public/ instead'
  return `the deck's page loads ${url} from the internet, which a classroom may not have: ${fix}`
}

/** Tags of components that nothing resolves. */
export function unresolvedComponents(code: string): string[] {
  const names = [...code.matchAll(RESOLVE_CALL)].map(match => match[1]!)
  return [...new Set(names.filter(name => !GLOBAL_COMPONENTS.has(name)))]
}

/** Whether `key` can be read from `value`: an own field, or a method such as an array's `slice`. */
function hasKey(value: unknown, key: string): boolean {
  if (value === null || value === undefined)
    return false
  return key in new Object(value)
}

/** `$lesson` paths of `code` that the lesson does not have, each as written (`$lesson.a.b`). */
export function missingLessonPaths(code: string, lesson: unknown): string[] {
  const missing = new Set<string>()
  for (const match of code.matchAll(LESSON_PATH)) {
    const keys = match[1]!.split('.').map(key => key.replace(/\?$/, '')).filter(Boolean)
    let value: unknown = lesson
    for (const [index, key] of keys.entries()) {
      if (!hasKey(value, key)) {
        missing.add(`$lesson.${keys.slice(0, index + 1).join('.')}`)
        break
      }
      value = (value as Record<string, unknown>)[key]
      // A method (`dialogue.slice`): what it returns is not data to check by name.
      if (typeof value === 'function')
        break
    }
  }
  return [...missing]
}

/** `slide 20 (slides.md)`, or the file alone for a component or layout. */
export function describeModule(id: string, root: string): string {
  const clean = id.split('?')[0]!
  const slide = /^(.*)__slidev_(\d+)\.md$/.exec(clean)
  const file = (slide ? slide[1]! : clean).replace(root.endsWith('/') ? root : `${root}/`, '')
  return slide ? `slide ${slide[2]} (${file})` : file
}
