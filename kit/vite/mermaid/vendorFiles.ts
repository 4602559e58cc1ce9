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
 * The files of Mermaid's ESM build that drawing `diagramTypes` (e.g. `flow`) can load: the entry,
 * everything it imports statically, the chunks of those diagram types, and everything those
 * import, statically or on demand (layouts, KaTeX for math labels). The entry's on-demand imports
 * of other diagram types are left out: shipping these files instead of bundling Mermaid's sources
 * keeps megabytes of unused diagram code out of the deck and out of every build's bundling time.
 */
export function mermaidFilesFor(distDir: string, diagramTypes: readonly string[]): string[] {
  const wanted = (file: string) => diagramTypes.some(type => posix.basename(file).startsWith(`${type}Diagram-`))
  const seen = new Set<string>()
  const pending = [MERMAID_ENTRY]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file))
      continue
    seen.add(file)
    const onDemand = importsOf(distDir, file, DYNAMIC_IMPORT)
    const next = [...importsOf(distDir, file, STATIC_IMPORT), ...(file === MERMAID_ENTRY ? onDemand.filter(wanted) : onDemand)]
    pending.push(...next.filter(f => f !== '..' && !f.startsWith('../')))
  }
  return [...seen].sort()
}
