import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deckInputsKey } from '../../../tools/export/printSite'

let root: string

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), text)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'print-site-'))
  write('slides.md', '# 第一张\n')
  write('components/LessonCover.vue', '<template><h1>封面</h1></template>\n')
  write('data/plan.ts', 'export const plan = []\n')
  write('node_modules/.package-lock.json', '{"packages":{"node_modules/@slidev/cli":{"version":"52.20.1"}}}')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('deckInputsKey', () => {
  it('is the same for the same files', () => {
    expect(deckInputsKey(root, 'slides.md')).toBe(deckInputsKey(root, 'slides.md'))
  })

  it('changes when a slide, a component or the lesson data changes', () => {
    const before = deckInputsKey(root, 'slides.md')
    for (const [file, text] of [['slides.md', '# 第一张！\n'], ['components/LessonCover.vue', '<template><h2>封面</h2></template>\n'], ['data/plan.ts', 'export const plan = [1]\n']] as const) {
      write(file, text)
      expect(deckInputsKey(root, 'slides.md'), file).not.toBe(before)
    }
  })

  it('changes when a file is added or renamed, even an image in public/', () => {
    const before = deckInputsKey(root, 'slides.md')
    write('public/avatars/teacher.png', 'png')
    const added = deckInputsKey(root, 'slides.md')
    expect(added).not.toBe(before)
    rmSync(join(root, 'public/avatars/teacher.png'))
    write('public/avatars/student.png', 'png')
    expect(deckInputsKey(root, 'slides.md')).not.toBe(added)
  })

  it('differs between two decks of one project', () => {
    write('other.md', '# 另一套\n')
    expect(deckInputsKey(root, 'other.md')).not.toBe(deckInputsKey(root, 'slides.md'))
  })

  it('changes when other package versions are installed', () => {
    const before = deckInputsKey(root, 'slides.md')
    write('node_modules/.package-lock.json', '{"packages":{"node_modules/@slidev/cli":{"version":"52.21.0"}}}')
    expect(deckInputsKey(root, 'slides.md')).not.toBe(before)
  })

  it('ignores what builds, exports and tests write, and the given output folders', () => {
    const before = deckInputsKey(root, 'slides.md', ['public/handouts'])
    write('dist/index.html', '<html></html>')
    write('exports/slides.pdf', '%PDF')
    write('public/handouts/handout.pdf', '%PDF')
    write('test-results/report.json', '{}')
    write('node_modules/.cache/deck-export/abc/index.html', '<html></html>')
    expect(deckInputsKey(root, 'slides.md', ['public/handouts'])).toBe(before)
  })

  it('changes with the script that builds the site', () => {
    const before = deckInputsKey(root, 'slides.md')
    write('tools/export/buildPrintSite.mjs', '// another way to build')
    expect(deckInputsKey(root, 'slides.md')).not.toBe(before)
  })
})
