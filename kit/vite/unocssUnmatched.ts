import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { fingerprintOf } from './fingerprint.ts'
import { reuseFile, writeReuseFile } from './reuseFiles.ts'

/**
 * UnoCSS tries every word of every scanned file as a utility (in attributify mode each attribute
 * and word of a template or a slide is a candidate). Nearly all of them match nothing, and trying
 * them is most of UnoCSS's time in a production build. Whether a candidate matches depends on the
 * candidate and UnoCSS's configuration only, so the candidates that matched nothing are kept
 * between builds, for that configuration, and blocked before UnoCSS generates: a build then tries
 * only the words that are new since. The CSS is the same, since a blocked candidate is one that
 * produced none.
 */

/** The part of UnoCSS's plugin context this reads (`unocss:api`'s `getContext()`). */
export interface UnoContext {
  ready: Promise<unknown>
  tokens: Set<string>
  uno: {
    config: unknown
    blockTokens: (tokens: Iterable<string>) => void
    parseToken: (raw: string) => Promise<unknown>
  }
}

export interface UnmatchedFile {
  fingerprint: string
  unmatched: string[]
}

/** Beyond this many remembered candidates the list starts again from one build's: it only grows. */
const MOST_REMEMBERED = 200_000

/** The remembered candidates for this fingerprint; none when the file is missing, unreadable or for another configuration. */
export function readUnmatched(file: string, fingerprint: string): string[] {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<UnmatchedFile>
    return saved.fingerprint === fingerprint && Array.isArray(saved.unmatched) ? saved.unmatched.filter(token => typeof token === 'string') : []
  }
  catch {
    return []
  }
}

/** The list to keep: what was remembered and what this build found, unless that grew too long. */
export function mergeUnmatched(remembered: readonly string[], found: readonly string[], most = MOST_REMEMBERED): string[] {
  const merged = new Set([...remembered, ...found])
  return merged.size > most ? [...new Set(found)] : [...merged]
}

/**
 * An icon (`i-carbon-warning`, `hover:i-…`): whether it matches depends on the icon sets and
 * folders present, which the fingerprint does not read, so it is never remembered.
 */
export function mayBeIcon(token: string): boolean {
  return /(?:^|[:[\s-])i-/.test(token)
}

/** The candidates of this build that produce no CSS (blocked ones included: they produced none before), icons aside. */
export async function unmatchedTokens(context: UnoContext): Promise<string[]> {
  const unmatched: string[] = []
  for (const token of context.tokens) {
    // Answered from UnoCSS's own cache of this build's generation: no candidate is tried twice.
    if (!mayBeIcon(token) && await context.uno.parseToken(token) == null)
      unmatched.push(token)
  }
  return unmatched
}

/**
 * The Vite plugin, for production builds. `dir` holds the lists, one per fingerprint; `fingerprintFiles` are read into
 * the fingerprint beside UnoCSS's configuration.
 */
export function unocssUnmatched(options: { dir: string, fingerprintFiles: readonly string[] }): Plugin {
  let context: UnoContext | undefined
  let fingerprint = ''
  let remembered: string[] = []
  return {
    name: 'deck-unocss-unmatched',
    apply: 'build',
    configResolved(config) {
      const api = config.plugins.find(plugin => plugin.name === 'unocss:api')?.api as { getContext?: () => UnoContext } | undefined
      context = api?.getContext?.()
    },
    async buildStart() {
      if (!context)
        return
      await context.ready
      fingerprint = fingerprintOf(context.uno.config, options.fingerprintFiles)
      remembered = readUnmatched(reuseFile(options.dir, 'unocss-unmatched', fingerprint), fingerprint)
      context.uno.blockTokens(remembered)
    },
    // After the bundle is written: a failed build keeps the list it started with. Keeping it is
    // never this build's failure.
    async writeBundle() {
      if (!context)
        return
      try {
        const unmatched = mergeUnmatched(remembered, await unmatchedTokens(context))
        // Nothing new: no write (a list only ever grows, unless it starts again).
        if (unmatched.length === remembered.length)
          return
        const failed = await writeReuseFile(options.dir, 'unocss-unmatched', fingerprint, JSON.stringify({ fingerprint, unmatched } satisfies UnmatchedFile))
        if (failed)
          this.warn(`UnoCSS's unmatched candidates not kept for the next build: ${failed.message}`)
      }
      catch (error) {
        this.warn(`UnoCSS's unmatched candidates not kept for the next build: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
  }
}
