import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'

/** Mermaid's pre-built, self-contained ES module build, relative to its package's dist/. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs'

const STATIC_IMPORT = /(?:from|import)\s*"(\.\/[^"]+\.mjs)"/g
const DYNAMIC_IMPORT = /import\(\s*"(\.\/[^"]+\.mjs)"\s*\)/g

function importsOf(distDir: string, file: string, pattern: RegExp): string[] {
  const source = readFileSync(join(distDir, file), 'utf8')
  // Names stay in URL form (/): they are served under /mermaid/ as they are, on Windows too.
  return [...source.matchAll(pattern)].map(match => posix.join(posix.dirname(file), match[1]!))
}

/**
 * The files of Mermaid's ESM build that drawing any diagram can load: the entry, and everything it
 * imports, statically or on demand (each diagram type's chunk, layouts, KaTeX for math labels),
 * and so on. Every type, since a lesson may draw any (a sequence of API calls, a state machine, a
 * pie chart), in Markdown or from its data: a type left out would fail to load in the classroom,
 * offline. Shipped as files, loaded only by a slide that draws one, never bundled: the deck's
 * build does not parse Mermaid, and the first slide does not load it.
 */
export function mermaidFiles(distDir: string): string[] {
  const seen = new Set<string>()
  const pending = [MERMAID_ENTRY]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file))
      continue
    seen.add(file)
    const next = [...importsOf(distDir, file, STATIC_IMPORT), ...importsOf(distDir, file, DYNAMIC_IMPORT)]
    pending.push(...next.filter(f => f !== '..' && !f.startsWith('../')))
  }
  return [...seen].sort()
}
