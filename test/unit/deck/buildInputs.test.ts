import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashBuildInputs, listBuildInputs } from '../../../tools/build/buildInputs'

let root: string

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), text)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-inputs-'))
  write('slides.md', '# 容器')
  write('data/course.ts', 'export const name = \'集群\'')
  write('package-lock.json', '{}')
  write('README.md', 'not an input')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('hashBuildInputs', () => {
  it('lists the deck\'s sources and configs, not the README or the output', () => {
    write('dist/index.html', '<html>')
    expect(listBuildInputs(root)).toEqual(['data/course.ts', 'package-lock.json', 'slides.md'])
  })

  it('includes the slide files slides.md imports', () => {
    write('slides/playground.md', '<ClusterPlayground />')
    const before = hashBuildInputs(root)
    expect(listBuildInputs(root)).toContain('slides/playground.md')
    write('slides/playground.md', '<ClusterPlayground scenario="scheduling" />')
    expect(hashBuildInputs(root)).not.toBe(before)
  })

  it('changes when a source is edited, added or removed', () => {
    const before = hashBuildInputs(root)
    write('data/course.ts', 'export const name = \'集群龘\'')
    const edited = hashBuildInputs(root)
    expect(edited).not.toBe(before)
    write('components/New.vue', '<template />')
    const added = hashBuildInputs(root)
    expect(added).not.toBe(edited)
    rmSync(join(root, 'components/New.vue'))
    expect(hashBuildInputs(root)).toBe(edited)
  })

  it('ignores file dates and files that are not inputs', () => {
    const before = hashBuildInputs(root)
    utimesSync(join(root, 'slides.md'), new Date(2001, 1, 1), new Date(2001, 1, 1))
    write('README.md', 'edited')
    write('dist/assets/a.js', 'x')
    expect(hashBuildInputs(root)).toBe(before)
  })
})
