/**
 * A configuration's text, for its fingerprint: functions by their source and patterns by theirs,
 * so a changed rule, shortcut, variant or theme changes it. Keys in order, cycles cut.
 */
export function configText(value: unknown): string {
  // The objects being walked, outermost first: one met again inside itself is a cycle. An object
  // shared by two settings is written out at each.
  const ancestors: object[] = []
  const walk = (item: unknown): unknown => {
    if (typeof item === 'function')
      return `fn:${item.toString()}`
    if (item instanceof RegExp)
      return `re:${item.toString()}`
    if (typeof item === 'bigint' || typeof item === 'symbol')
      return String(item)
    if (item === null || typeof item !== 'object')
      return item
    if (ancestors.includes(item))
      return '[cycle]'
    ancestors.push(item)
    try {
      if (item instanceof Map)
        return { map: [...item].map(entry => walk(entry)) }
      if (item instanceof Set)
        return { set: [...item].map(entry => walk(entry)) }
      if (Array.isArray(item))
        return item.map(entry => walk(entry))
      return Object.fromEntries(Object.keys(item).sort().map(key => [key, walk((item as Record<string, unknown>)[key])]))
    }
    finally {
      ancestors.pop()
    }
  }
  return JSON.stringify(walk(value))
}
