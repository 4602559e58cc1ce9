import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashBuildInputs, lessonBuildInputs, listBuildInputs } from '../../../tools/build/buildInputs'

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

describe('lessonBuildInputs', () => {
  it('counts a lesson\'s own folder, the kit and the packages, not another lesson', () => {
    write('lessons/3/slides.md', '# 课时 3')
    write('lessons/3/data/course.ts', 'export const name = \'运行时\'')
    write('lessons/3/public/avatars/a.svg', '<svg/>')
    write('components/LessonCover.vue', '<template />')
    write('tools/export/run.ts', 'export {}')
    const inputs = { inputs: lessonBuildInputs(root, join(root, 'lessons/3')) }
    expect(listBuildInputs(root, inputs)).toEqual([
      'components/LessonCover.vue',
      'lessons/3/data/course.ts',
      'lessons/3/public/avatars/a.svg',
      'lessons/3/slides.md',
      'package-lock.json',
    ])
    const before = hashBuildInputs(root, inputs)
    write('data/course.ts', 'export const name = \'lesson 2 edited\'')
    write('tools/export/run.ts', 'export const edited = 1')
    expect(hashBuildInputs(root, inputs), 'lesson 2 and the tools are not lesson 3\'s inputs').toBe(before)
    write('lessons/3/data/course.ts', 'export const name = \'运行时龘\'')
    const edited = hashBuildInputs(root, inputs)
    expect(edited).not.toBe(before)
    write('components/LessonCover.vue', '<template><p /></template>')
    expect(hashBuildInputs(root, inputs), 'the kit is every lesson\'s input').not.toBe(edited)
  })

  it('is the root lesson\'s usual list for the project root', () => {
    write('lessons/3/data/course.ts', 'export {}')
    expect(listBuildInputs(root, { inputs: lessonBuildInputs(root, root) })).toEqual(listBuildInputs(root))
  })
})

describe('every file Slidev reads is an input', () => {
  const lessonKinds = ['style.css', 'vite.config.ts', 'vite.config.mjs', 'uno.config.ts', 'unocss.config.js', 'layouts/two-cols.vue', 'setup/main.ts', 'styles/index.css', 'global-bottom.vue', 'slide-top.vue', 'custom-nav-controls.vue', 'index.html', 'snippets/a.ts', 'pages/b.md', 'public/pod.png']

  it.each(lessonKinds)('an edit of a lesson\'s %s changes its build\'s hash', (file) => {
    write('lessons/3/slides.md', '# 课时 3')
    write(`lessons/3/${file}`, 'before')
    const inputs = { inputs: lessonBuildInputs(root, join(root, 'lessons/3')) }
    const before = hashBuildInputs(root, inputs)
    write(`lessons/3/${file}`, 'after')
    expect(hashBuildInputs(root, inputs)).not.toBe(before)
  })

  it.each(['style.css', 'uno.config.ts', 'vite.config.mts', 'global-bottom.vue', 'layouts/cover.vue'])('an edit of the addon\'s %s changes another lesson\'s hash', (file) => {
    write('lessons/3/slides.md', '# 课时 3')
    write(file, 'before')
    const inputs = { inputs: lessonBuildInputs(root, join(root, 'lessons/3')) }
    const before = hashBuildInputs(root, inputs)
    write(file, 'after')
    expect(hashBuildInputs(root, inputs)).not.toBe(before)
  })

  it('follows src: imports to Markdown anywhere in the project, at any depth', () => {
    write('lessons/3/slides.md', '# 课时 3\n\n---\nsrc: ../../reuse/intro.md\n---\n\n---\nsrc: "../../common/end.md"\n---\n')
    write('reuse/intro.md', '# 引子\n\n---\nsrc: ./deeper.md\n---\n')
    write('reuse/deeper.md', '# 深处')
    write('common/end.md', '# 结束')
    write('reuse/unused.md', '# 不用')
    const inputs = { inputs: lessonBuildInputs(root, join(root, 'lessons/3')) }
    expect(listBuildInputs(root, inputs)).toEqual(expect.arrayContaining(['reuse/intro.md', 'reuse/deeper.md', 'common/end.md']))
    expect(listBuildInputs(root, inputs)).not.toContain('reuse/unused.md')
    for (const file of ['reuse/intro.md', 'reuse/deeper.md', 'common/end.md']) {
      const before = hashBuildInputs(root, inputs)
      write(file, `${readFileSync(join(root, file), 'utf8')}\n改过`)
      expect(hashBuildInputs(root, inputs), file).not.toBe(before)
    }
  })
})
