import { rmSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hashBuildInputs, lessonBuildInputs, listBuildInputs } from '../../../tools/build/buildInputs'
import { useScratchFolder } from '../../support/scratchFolder'

const scratch = useScratchFolder('build-inputs-', {
  'slides.md': '# 容器',
  'data/course.ts': 'export const name = \'集群\'',
  'package-lock.json': '{}',
  'README.md': 'not an input',
})
const write = scratch.write

describe('hashBuildInputs', () => {
  it('lists the deck\'s sources and configs, not the README or the output', () => {
    write('dist/index.html', '<html>')
    expect(listBuildInputs(scratch.root)).toEqual(['data/course.ts', 'package-lock.json', 'slides.md'])
  })

  it('includes the slide files slides.md imports', () => {
    write('slides/playground.md', '<ClusterPlayground />')
    const before = hashBuildInputs(scratch.root)
    expect(listBuildInputs(scratch.root)).toContain('slides/playground.md')
    write('slides/playground.md', '<ClusterPlayground scenario="scheduling" />')
    expect(hashBuildInputs(scratch.root)).not.toBe(before)
  })

  it('changes when a source is edited, added or removed', () => {
    const before = hashBuildInputs(scratch.root)
    write('data/course.ts', 'export const name = \'集群龘\'')
    const edited = hashBuildInputs(scratch.root)
    expect(edited).not.toBe(before)
    write('components/New.vue', '<template />')
    const added = hashBuildInputs(scratch.root)
    expect(added).not.toBe(edited)
    rmSync(join(scratch.root, 'components/New.vue'))
    expect(hashBuildInputs(scratch.root)).toBe(edited)
  })

  it('ignores file dates and files that are not inputs', () => {
    const before = hashBuildInputs(scratch.root)
    utimesSync(join(scratch.root, 'slides.md'), new Date(2001, 1, 1), new Date(2001, 1, 1))
    write('README.md', 'edited')
    write('dist/assets/a.js', 'x')
    expect(hashBuildInputs(scratch.root)).toBe(before)
  })
})

describe('lessonBuildInputs', () => {
  it('counts a lesson\'s own folder, the kit and the packages, not another lesson', () => {
    write('lessons/3/slides.md', '# 课时 3')
    write('lessons/3/data/course.ts', 'export const name = \'运行时\'')
    write('lessons/3/public/avatars/a.svg', '<svg/>')
    write('components/LessonCover.vue', '<template />')
    write('tools/export/run.ts', 'export {}')
    const inputs = { inputs: lessonBuildInputs(scratch.root, join(scratch.root, 'lessons/3')) }
    expect(listBuildInputs(scratch.root, inputs)).toEqual([
      'components/LessonCover.vue',
      'lessons/3/data/course.ts',
      'lessons/3/public/avatars/a.svg',
      'lessons/3/slides.md',
      'package-lock.json',
    ])
    const before = hashBuildInputs(scratch.root, inputs)
    write('data/course.ts', 'export const name = \'lesson 2 edited\'')
    write('tools/export/run.ts', 'export const edited = 1')
    expect(hashBuildInputs(scratch.root, inputs), 'lesson 2 and the tools are not lesson 3\'s inputs').toBe(before)
    write('lessons/3/data/course.ts', 'export const name = \'运行时龘\'')
    const edited = hashBuildInputs(scratch.root, inputs)
    expect(edited).not.toBe(before)
    write('components/LessonCover.vue', '<template><p /></template>')
    expect(hashBuildInputs(scratch.root, inputs), 'the kit is every lesson\'s input').not.toBe(edited)
  })

  it('is the scratch.root lesson\'s usual list for the project scratch.root', () => {
    write('lessons/3/data/course.ts', 'export {}')
    expect(listBuildInputs(scratch.root, { inputs: lessonBuildInputs(scratch.root, scratch.root) })).toEqual(listBuildInputs(scratch.root))
  })
})
