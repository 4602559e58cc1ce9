/** Thrown when a slide reads a `$lesson` path the lesson does not have. */
export class MissingLessonPathError extends Error {
  override name = 'MissingLessonPathError'
}

/** Keys that Vue, JSON and the browser probe on any object: asking for them is not a slide's mistake. */
const PROBES = new Set(['toJSON', 'then', 'constructor', '$$typeof', 'nodeType', 'tagName', 'render', 'setup'])

const proxies = new WeakMap<object, object>()

/**
 * The lesson as slides read it: a read-only view that throws, naming the path, when a slide asks
 * for something the lesson lacks (`$lesson.orchestration.projectz`), instead of handing back an
 * undefined that renders as an empty slide. Each object gets one view, so Vue sees the same
 * object on every render.
 */
export function strictLesson<T extends object>(value: T, path = '$lesson'): T {
  const known = proxies.get(value)
  if (known)
    return known as T
  const view = new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key !== 'symbol' && !key.startsWith('__v_') && !PROBES.has(key) && !(key in target))
        throw new MissingLessonPathError(`${path}.${key} does not exist in the lesson data`)
      const field: unknown = Reflect.get(target, key, receiver)
      return field !== null && typeof field === 'object' ? strictLesson(field, `${path}.${String(key)}`) : field
    },
  })
  proxies.set(value, view)
  return view
}
