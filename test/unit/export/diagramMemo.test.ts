import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diagramMemoFile, keepDiagramMemo, readDiagramMemo } from '../../../tools/export/diagramMemo'
import { useScratchFolder } from '../../support/scratchFolder'

describe('the diagrams kept between exports', () => {
  const folder = useScratchFolder('diagram-memo-', {
    'package-lock.json': '{"lockfileVersion":3}',
    'dist/index.html': '<!doctype html>',
    'dist/assets/index-Ab12.css': 'body{}',
    'dist/assets/slidev/print-Cd34.css': '.print{}',
  })
  const place = (changes: { browserVersion?: string, entry?: string } = {}) => ({
    root: folder.root,
    entry: changes.entry ?? 'slides.md',
    siteDir: join(folder.root, 'dist'),
    browserVersion: changes.browserVersion ?? '156.0.8078.114',
  })

  it('are kept for the next export and read back', async () => {
    const memo = diagramMemoFile(place())
    expect(readDiagramMemo(memo)).toEqual({})
    expect(await keepDiagramMemo(memo, {}, { key: '<svg/>' })).toBeUndefined()
    expect(readDiagramMemo(diagramMemoFile(place()))).toEqual({ key: '<svg/>' })
  })

  it('are not written again when nothing changed', async () => {
    const memo = diagramMemoFile(place())
    await keepDiagramMemo(memo, {}, { key: '<svg/>' })
    const written = statSync(memo.file).mtimeMs
    await new Promise(resolve => setTimeout(resolve, 20))
    await keepDiagramMemo(memo, { key: '<svg/>' }, { key: '<svg/>' })
    expect(statSync(memo.file).mtimeMs).toBe(written)
  })

  it('are not offered to another browser, packages, stylesheets or deck', async () => {
    await keepDiagramMemo(diagramMemoFile(place()), {}, { key: '<svg/>' })
    expect(readDiagramMemo(diagramMemoFile(place()))).toEqual({ key: '<svg/>' })
    expect(readDiagramMemo(diagramMemoFile(place({ browserVersion: '157.0.1.1' })))).toEqual({})
    expect(readDiagramMemo(diagramMemoFile(place({ entry: 'lessons/03/slides.md' })))).toEqual({})
    const lock = readFileSync(join(folder.root, 'package-lock.json'), 'utf8')
    folder.write('package-lock.json', '{"lockfileVersion":3,"packages":{"node_modules/mermaid":{"version":"11.18.0"}}}')
    expect(readDiagramMemo(diagramMemoFile(place()))).toEqual({})
    folder.write('package-lock.json', lock)
    expect(readDiagramMemo(diagramMemoFile(place()))).toEqual({ key: '<svg/>' })
    // A rule that moves a label changes a stylesheet, and so the content hash in its name.
    folder.write('dist/assets/index-Ef56.css', 'body{letter-spacing:1px}')
    expect(readDiagramMemo(diagramMemoFile(place()))).toEqual({})
  })

  it('are none when the file is not a memo', () => {
    const memo = diagramMemoFile(place())
    mkdirSync(memo.dir, { recursive: true })
    for (const text of ['{', '[]', 'null', '{"key":3}']) {
      writeFileSync(memo.file, text)
      expect(readDiagramMemo(memo), text).toEqual({})
    }
  })

  it('cost the export nothing when they cannot be written', async () => {
    const memo = diagramMemoFile(place())
    // The cache folder is a file: nothing can be written under it.
    mkdirSync(join(folder.root, 'node_modules', '.cache'), { recursive: true })
    writeFileSync(memo.dir, '')
    const error = await keepDiagramMemo(memo, {}, { key: '<svg/>' })
    expect(error).toBeInstanceOf(Error)
    expect(existsSync(memo.file)).toBe(false)
    expect(readFileSync(memo.dir, 'utf8')).toBe('')
  })
})
