import type { Dirent } from 'node:fs'
import type { Plugin } from 'vite'
import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Slidev finds a deck's setup files, styles and global layers through small proxy modules of one
 * `import.meta.glob` call each, with patterns that name their files
 * (`../../../setup/main.{ts,js,mts,mjs}`) and `exhaustive: true`, so that a theme inside
 * node_modules is searched too. Vite's bundled build hands them to Rolldown's native glob, which
 * walks every folder below a pattern's base, node_modules included: the root's patterns
 * (global-top, styles, …) each read the whole project for a handful of possible files. A call
 * whose every pattern names its files (brace alternatives, no wildcard) is answered here instead,
 * by listing the folder each file may be in; any other call is left to Vite.
 */

/** Characters that make a pattern more than a list of names (wildcards, classes, extglobs, escapes). */
const WILDCARD = /[*?[\]()\\]/

/**
 * The paths a pattern of literal names and brace alternatives stands for, in order; undefined
 * for any other pattern (a wildcard, a negation, a range such as `{1..3}`, unbalanced braces).
 */
export function expandLiteralPattern(pattern: string): string[] | undefined {
  if (pattern.startsWith('!') || WILDCARD.test(pattern))
    return undefined
  const open = pattern.indexOf('{')
  if (open === -1)
    return pattern.includes('}') ? undefined : [pattern]
  // The brace group that opens first, with its nested groups, split at its own commas.
  let depth = 0
  let start = open + 1
  const options: string[] = []
  for (let index = open; index < pattern.length; index++) {
    const char = pattern[index]
    if (char === '{') {
      depth++
    }
    else if (char === '}') {
      depth--
      if (depth === 0) {
        options.push(pattern.slice(start, index))
        if (options.length < 2 || options.some(option => option.includes('..')))
          return undefined
        const head = pattern.slice(0, open)
        const tail = pattern.slice(index + 1)
        const expanded: string[] = []
        for (const option of options) {
          const rest = expandLiteralPattern(`${head}${option}${tail}`)
          if (!rest)
            return undefined
          expanded.push(...rest)
        }
        return [...new Set(expanded)]
      }
    }
    else if (char === ',' && depth === 1) {
      options.push(pattern.slice(start, index))
      start = index + 1
    }
  }
  return undefined
}

/** The one call of a Slidev glob proxy module, when the module is exactly that. */
interface GlobCall {
  patterns: string[]
  importName: 'default' | undefined
}

const PROXY_MODULE = /^export default import\.meta\.glob\((\[[^\n]*\]), (\{[^\n]*\})\)\n?$/

/** The call in a module of the shape Slidev writes (an eager glob, maybe of default exports); undefined for any other module. */
export function parseGlobProxy(code: string): GlobCall | undefined {
  const match = PROXY_MODULE.exec(code)
  if (!match)
    return undefined
  let patterns: unknown
  let options: unknown
  try {
    patterns = JSON.parse(match[1]!)
    options = JSON.parse(match[2]!)
  }
  catch {
    return undefined
  }
  if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every(pattern => typeof pattern === 'string'))
    return undefined
  if (typeof options !== 'object' || options === null)
    return undefined
  const { eager, exhaustive, import: importName, ...others } = options as Record<string, unknown>
  if (eager !== true || Object.keys(others).length > 0 || (exhaustive !== undefined && typeof exhaustive !== 'boolean'))
    return undefined
  if (importName !== undefined && importName !== 'default')
    return undefined
  return { patterns: patterns as string[], importName }
}

/** Whether a folder entry is a file, as a glob counts files (a link to a file is one). */
function isFile(entry: Dirent, dir: string): boolean {
  if (entry.isFile())
    return true
  if (!entry.isSymbolicLink())
    return false
  try {
    return statSync(join(dir, entry.name)).isFile()
  }
  catch {
    return false
  }
}

/**
 * The module a call is answered with, as Vite writes an eager glob: the matching files imported
 * in path order, keyed by their paths as the patterns spell them. Undefined when a pattern has a
 * wildcard (Vite's glob answers those). Names match exactly, whatever the file system's case rules.
 */
export function resolveGlobProxy(call: GlobCall, importerDir: string): string | undefined {
  const candidates: string[] = []
  for (const pattern of call.patterns) {
    const paths = expandLiteralPattern(pattern)
    if (!paths)
      return undefined
    candidates.push(...paths)
  }
  const listings = new Map<string, Dirent[]>()
  const filesIn = (dir: string): Dirent[] => {
    let listing = listings.get(dir)
    if (!listing) {
      try {
        listing = readdirSync(dir, { withFileTypes: true })
      }
      catch {
        listing = []
      }
      listings.set(dir, listing)
    }
    return listing
  }
  const found = [...new Set(candidates)].filter((path) => {
    const dir = join(importerDir, dirname(path))
    const name = basename(path)
    return filesIn(dir).some(entry => entry.name === name && isFile(entry, dir))
  }).sort()
  const imports = found.map((path, index) => call.importName
    ? `import { default as __glob_${index} } from ${JSON.stringify(path)};`
    : `import * as __glob_${index} from ${JSON.stringify(path)};`)
  const entries = found.map((path, index) => `${JSON.stringify(path)}: __glob_${index}`)
  return `${imports.join('\n')}\nexport default /* #__PURE__ */ Object.assign({${entries.join(', ')}});\n`
}

/** Answers Slidev's glob proxy modules of named files in production builds (the dev server's glob reads only what it needs). */
export function literalImportGlob(): Plugin {
  return {
    name: 'deck-literal-import-glob',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { code: 'import.meta.glob' },
      handler(code, id) {
        const call = parseGlobProxy(code)
        if (!call)
          return null
        const module = resolveGlobProxy(call, dirname(id))
        return module === undefined ? null : { code: module, map: null }
      },
    },
  }
}
