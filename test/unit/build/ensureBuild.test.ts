import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildInto } from '../../../tools/build/buildCache'
import { buildInputsHash, BuildUnavailableError, ensureBuild } from '../../../tools/build/ensureBuild'
import { useScratchFolder } from '../../support/scratchFolder'

const scratch = useScratchFolder('ensure-build-', {
  'slides.md': '# 第一张\n',
  'components/LessonCover.vue': '<template><h1>封面</h1></template>\n',
  'data/plan.ts': 'export const plan = []\n',
  'node_modules/.package-lock.json': '{"packages":{"node_modules/@slidev/cli":{"version":"52.20.1"}}}',
})
const write = scratch.write

describe('buildInputsHash', () => {
  it('is the same for the same files', () => {
    expect(buildInputsHash(scratch.root, 'slides.md', 'print')).toBe(buildInputsHash(scratch.root, 'slides.md', 'print'))
  })

  it('changes when a slide, a component or the lesson data changes', () => {
    const before = buildInputsHash(scratch.root, 'slides.md', 'site')
    for (const [file, text] of [['slides.md', '# 第一张！\n'], ['components/LessonCover.vue', '<template><h2>封面</h2></template>\n'], ['data/plan.ts', 'export const plan = [1]\n']] as const) {
      write(file, text)
      expect(buildInputsHash(scratch.root, 'slides.md', 'site'), file).not.toBe(before)
    }
  })

  it('changes when a file is added or renamed, even an image in public/', () => {
    const before = buildInputsHash(scratch.root, 'slides.md', 'print')
    write('public/avatars/teacher.png', 'png')
    const added = buildInputsHash(scratch.root, 'slides.md', 'print')
    expect(added).not.toBe(before)
    rmSync(join(scratch.root, 'public/avatars/teacher.png'))
    write('public/avatars/student.png', 'png')
    expect(buildInputsHash(scratch.root, 'slides.md', 'print')).not.toBe(added)
  })

  it('differs between two decks of one project, and is one for the site and the print site', () => {
    write('other.md', '# 另一套\n')
    expect(buildInputsHash(scratch.root, 'other.md', 'print')).not.toBe(buildInputsHash(scratch.root, 'slides.md', 'print'))
    expect(buildInputsHash(scratch.root, 'slides.md', 'print')).toBe(buildInputsHash(scratch.root, 'slides.md', 'site'))
  })

  it('changes when other package versions are installed', () => {
    const before = buildInputsHash(scratch.root, 'slides.md', 'site')
    write('node_modules/.package-lock.json', '{"packages":{"node_modules/@slidev/cli":{"version":"52.21.0"}}}')
    expect(buildInputsHash(scratch.root, 'slides.md', 'site')).not.toBe(before)
  })

  it('ignores what builds, exports and tests write, and the given output folders', () => {
    const before = buildInputsHash(scratch.root, 'slides.md', 'print', ['public/handouts'])
    write('dist/index.html', '<html></html>')
    write('exports/slides.pdf', '%PDF')
    write('public/handouts/handout.pdf', '%PDF')
    write('test-results/report.json', '{}')
    write('node_modules/.cache/deck-export/abc/index.html', '<html></html>')
    expect(buildInputsHash(scratch.root, 'slides.md', 'print', ['public/handouts'])).toBe(before)
  })

  it('changes with the runner that builds every flavour, and the public site with the classroom code that builds its apps', () => {
    const site = buildInputsHash(scratch.root, 'slides.md', 'site')
    const publicSite = buildInputsHash(scratch.root, 'slides.md', 'public')
    write('tools/classroom/phoneSnapshots.ts', '// another phone model')
    expect(buildInputsHash(scratch.root, 'slides.md', 'site')).toBe(site)
    expect(buildInputsHash(scratch.root, 'slides.md', 'public')).not.toBe(publicSite)
    write('tools/build/runSlidevBuild.mjs', '// another way to build')
    expect(buildInputsHash(scratch.root, 'slides.md', 'site')).not.toBe(site)
  })
})

describe('ensureBuild', () => {
  const lines: string[] = []
  const options = { root: scratch.root, entry: 'slides.md', signal: new AbortController().signal, onCleanup: () => {}, log: (line: string) => void lines.push(line) }
  beforeEach(() => {
    lines.length = 0
    options.root = scratch.root
  })

  /** A complete build of the site as it is now, as a build before this one left it. */
  async function builtNow(): Promise<void> {
    await buildInto(join(scratch.root, 'dist'), buildInputsHash(scratch.root, 'slides.md', 'site'), async temp => writeFileSync(join(temp, 'index.html'), 'built'), options)
  }

  it('with lastGood and nothing built, says there is nothing to serve and builds nothing', async () => {
    await expect(ensureBuild({ ...options, flavour: 'site', lastGood: true })).rejects.toThrow(BuildUnavailableError)
    await expect(ensureBuild({ ...options, flavour: 'public', lastGood: true })).rejects.toThrow('there is no complete classroom build to serve; run npm run present -- --lan to build one')
    await expect(ensureBuild({ ...options, flavour: 'site', lastGood: true })).rejects.toThrow('there is no complete build in dist/ to serve; run npm run present to build one')
    expect(lines).toEqual([])
  })

  // Presenting and printing take the same current site as it is, each saying so in its own words.
  for (const { name, flavour, says } of [
    { name: 'offers a current build as it is, and says so', flavour: 'site', says: 'The build in dist/ is up to date.' },
    { name: 'prints from a current site: one build serves presenting and printing', flavour: 'print', says: 'reusing the build of the deck in dist/ (nothing changed since)' },
  ] as const) {
    it(name, async () => {
      await builtNow()
      const build = await ensureBuild({ ...options, flavour })
      expect(build).toMatchObject({ dir: join(scratch.root, 'dist'), built: false, current: true })
      expect(lines).toEqual([says])
    })
  }

  it('with lastGood offers the last build after an edit, saying when it was made', async () => {
    await builtNow()
    write('slides.md', '# 第一张（改）\n')
    const build = await ensureBuild({ ...options, flavour: 'site', lastGood: true })
    expect(build).toMatchObject({ built: false, current: false })
    expect(lines).toEqual([expect.stringMatching(/^Serving the last good build \(made \d{4}-\d\d-\d\d \d\d:\d\d\); the sources changed since\.$/)])
  })

  it('names the lesson in its advice when the entry is not the scratch.root lesson', async () => {
    write('lessons/3/slides.md', '# 第三课\n')
    await expect(ensureBuild({ ...options, entry: 'lessons/3/slides.md', flavour: 'site', lastGood: true }))
      .rejects
      .toThrow('there is no complete build in lessons/3/dist/ to serve; run npm run present -- --entry lessons/3/slides.md to build one')
  })
})
