/** Thrown when a slide reads a `$lesson` path the lesson does not have. */
export class MissingLessonPathError extends Error {
  override name = 'MissingLessonPathError'
}

/** Keys that Vue, JSON and the browser probe on any object: asking for them is not a slide's mistake. */
const PROBES = new Set(['toJSON', 'then', 'constructor', '$$typeof', 'nodeType', 'tagName', 'render', 'setup'])

/**
 * The field names found at each place of the lesson, array items taken together (`topologies[]`):
 * a field that one item has and another leaves out (an optional `entry`) is known for all of them.
 */
function fieldsByShape(value: unknown, shape: string, shapes: Map<string, Set<string>>): Map<string, Set<string>> {
  if (Array.isArray(value)) {
    for (const item of value)
      fieldsByShape(item, `${shape}[]`, shapes)
  }
  else if (value !== null && typeof value === 'object') {
    const fields = shapes.get(shape) ?? new Set<string>()
    shapes.set(shape, fields)
    for (const [key, field] of Object.entries(value)) {
      fields.add(key)
      fieldsByShape(field, `${shape}.${key}`, shapes)
    }
  }
  return shapes
}

/**
 * The lesson as slides read it: a read-only view that throws, naming the path, when a slide asks
 * for a field the lesson has nowhere at that place (`$lesson.orchestration.projectz`), instead of
 * handing back an undefined that renders as an empty slide. Each object gets one view, so Vue
 * sees the same object on every render.
 */
export function strictLesson<T extends object>(lesson: T): T {
  const shapes = fieldsByShape(lesson, '', new Map())
  const views = new WeakMap<object, object>()
  const view = <V extends object>(value: V, path: string, shape: string): V => {
    const known = views.get(value)
    if (known)
      return known as V
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        const field: unknown = Reflect.get(target, key, receiver)
        if (typeof key === 'symbol')
          return field
        const itemShape = Array.isArray(target) ? `${shape}[]` : `${shape}.${key}`
        const isData = Array.isArray(target) ? /^\d+$/.test(key) : Object.hasOwn(target, key)
        if (!isData && !(key in target) && !key.startsWith('__v_') && !PROBES.has(key) && !shapes.get(shape)?.has(key))
          throw new MissingLessonPathError(`${path}.${key} does not exist in the lesson data`)
        return isData && field !== null && typeof field === 'object' ? view(field, `${path}.${key}`, itemShape) : field
      },
    })
    views.set(value, proxy)
    return proxy
  }
  return view(lesson, '$lesson', '')
}
