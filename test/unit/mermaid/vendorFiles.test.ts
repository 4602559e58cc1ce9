import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MERMAID_ENTRY, mermaidFiles } from '../../../kit/vite/mermaid/vendorFiles'

const distDir = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist')
const files = mermaidFiles(distDir)
const name = (file: string) => file.split('/').pop()!

describe('mermaidFiles', () => {
  it('ships the entry and every diagram type a lesson may draw, not only flowcharts', () => {
    expect(files).toContain(MERMAID_ENTRY)
    for (const type of ['flow', 'sequence', 'class', 'state', 'er', 'gantt', 'pie', 'gitGraph', 'journey', 'quadrant', 'xychart', 'architecture'])
      expect(files.map(name).some(f => f.startsWith(`${type}Diagram-`)), type).toBe(true)
    for (const definition of ['mindmap', 'timeline', 'kanban'])
      expect(files.map(name).some(f => f.startsWith(`${definition}-definition-`)), definition).toBe(true)
  })

  it('leaves no import of a shipped file, static or on demand, pointing at a file that is not shipped', () => {
    const shipped = new Set(files)
    for (const file of files) {
      const source = readFileSync(join(distDir, file), 'utf8')
      for (const [, target] of source.matchAll(/(?:from\s*|import\(\s*)"(\.\/[^"]+\.mjs)"/g))
        expect(shipped.has(normalize(join(dirname(file), target!)).replaceAll('\\', '/')), `${file} imports ${target}`).toBe(true)
    }
  })

  it('ships no source maps', () => {
    expect(files.filter(file => file.endsWith('.map'))).toEqual([])
  })
})
