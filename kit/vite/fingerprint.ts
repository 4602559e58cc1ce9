import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'

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

/**
 * What something kept between builds is valid for: a configuration (by its text) and the files
 * that shape it without showing in it (the lock file for packages, the roots' config files), each
 * by its path and content, a missing one as empty.
 */
export function fingerprintOf(config: unknown, files: readonly string[]): string {
  const hash = createHash('sha256').update(configText(config))
  for (const file of files)
    hash.update(`\0${file}\0`).update(existsSync(file) ? readFileSync(file) : '')
  return hash.digest('hex')
}
