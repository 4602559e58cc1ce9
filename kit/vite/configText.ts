/**
 * A configuration's text, for its fingerprint: functions by their source and patterns by theirs,
 * so a changed rule, shortcut, variant or theme changes it. Keys in order, cycles cut.
 */
export function configText(value: unknown): string {
  const seen = new WeakSet<object>()
  const walk = (item: unknown): unknown => {
    if (typeof item === 'function')
      return `fn:${item.toString()}`
    if (item instanceof RegExp)
      return `re:${item.toString()}`
    if (typeof item === 'bigint' || typeof item === 'symbol')
      return String(item)
    if (item === null || typeof item !== 'object')
      return item
    if (seen.has(item))
      return '[cycle]'
    seen.add(item)
    if (item instanceof Map)
      return { map: [...item].map(entry => walk(entry)) }
    if (item instanceof Set)
      return { set: [...item].map(entry => walk(entry)) }
    if (Array.isArray(item))
      return item.map(entry => walk(entry))
    return Object.fromEntries(Object.keys(item).sort().map(key => [key, walk((item as Record<string, unknown>)[key])]))
  }
  return JSON.stringify(walk(value))
}
