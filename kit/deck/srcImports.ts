import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The `src:` of a Markdown file's slides, as written. */
export function srcImports(markdown: string): string[] {
  return [...markdown.matchAll(/^src:[ \t]*(\S[^\n]*)$/gm)].map(match => match[1]!.trim().replace(/^(['"])(.*)\1$/, '$2'))
}

/**
 * The Markdown files `entry` imports with `src:`, at any depth, as absolute paths: each relative
 * to the file that imports it, or to the lesson's folder (`userRoot`) with a leading slash, as
 * Slidev resolves them. Missing files are left to Slidev to report.
 */
export function importedMarkdown(entry: string, userRoot = dirname(entry)): string[] {
  const seen = new Set([resolve(entry)])
  const found: string[] = []
  const queue = [resolve(entry)]
  while (queue.length > 0) {
    const file = queue.shift()!
    if (!existsSync(file) || !statSync(file).isFile())
      continue
    for (const src of srcImports(readFileSync(file, 'utf8'))) {
      const target = src.startsWith('/') ? join(userRoot, src) : resolve(dirname(file), src)
      if (seen.has(target) || !existsSync(target))
        continue
      seen.add(target)
      found.push(target)
      queue.push(target)
    }
  }
  return found
}
