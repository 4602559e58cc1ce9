import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MERMAID_ENTRY, mermaidFilesFor } from '../../../kit/vite/mermaid/vendorFiles'

const distDir = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist')
const files = mermaidFilesFor(distDir, ['flow'])
const name = (file: string) => file.split('/').pop()!

describe('mermaidFilesFor', () => {
  it('ships the entry and the flowchart diagram, and no other diagram type', () => {
    expect(files).toContain(MERMAID_ENTRY)
    const diagrams = files.map(name).filter(f => /Diagram-/.test(f))
    expect(diagrams).toHaveLength(1)
    expect(diagrams[0]).toMatch(/^flowDiagram-/)
    expect(files.map(name).some(f => /^(?:sequence|gantt|pie|class)Diagram-/.test(f))).toBe(false)
  })

  it('leaves no import of a shipped file pointing at a file that is not shipped', () => {
    const shipped = new Set(files)
    for (const file of files) {
      const source = readFileSync(join(distDir, file), 'utf8')
      for (const [, target] of source.matchAll(/from\s*"(\.\/[^"]+\.mjs)"/g))
        expect(shipped.has(normalize(join(dirname(file), target!))), `${file} imports ${target}`).toBe(true)
    }
  })

  it('is a fraction of Mermaid\'s build', () => {
    const all = mermaidFilesFor(distDir, ['flow', 'sequence', 'class', 'state', 'gantt', 'pie', 'er'])
    expect(all.length).toBeGreaterThan(files.length)
  })
})
