import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { nodeArgsOfScript } from '../../tools/cli/npmScript'
import { finished, runExport } from '../support/exportRun'
import { copyProject } from '../support/fixtureProject'

const slideNo = lesson.plan.findIndex(entry => entry.id === 'orchestration') + 1

/** A copy of the project whose slides.md has each `from` replaced with its `to` (on the orchestration slide). */
function withSlidesEdits(edits: ReadonlyArray<readonly [string, string]>): ReturnType<typeof copyProject> {
  const project = copyProject('slide-checks-')
  const slides = join(project.dir, 'slides.md')
  let text = readFileSync(slides, 'utf8')
  for (const [from, to] of edits) {
    expect(text, 'the fixture edits slides.md as written').toContain(from)
    text = text.replace(from, to)
  }
  writeFileSync(slides, text)
  return project
}

/** `npm run build` and `npm run export` of the copy; both must fail with `expected` and write nothing. */
async function expectBuildAndExportToFail(project: ReturnType<typeof copyProject>, expected: readonly string[]): Promise<void> {
  const build = await finished(spawn(process.execPath, nodeArgsOfScript(project.dir, 'build'), { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] }))
  expect(build.code).toBe(1)
  expect(build.stderr).toContain(`slide ${slideNo} (slides.md)`)
  for (const words of expected)
    expect(build.stderr).toContain(words)

  const out = join(project.dir, 'exports')
  mkdirSync(out)
  writeFileSync(join(out, 'slides.pdf'), 'old slides.pdf')
  const exported = await runExport(['--only', 'slides', '--out', out], {}, project.dir)
  expect(exported.code).toBe(1)
  expect(exported.stderr).toContain('building the deck for print failed')
  expect(exported.stderr).toContain(`slide ${slideNo} (slides.md)`)
  for (const words of expected)
    expect(exported.stderr).toContain(words)
  expect(readFileSync(join(out, 'slides.pdf'), 'utf8')).toBe('old slides.pdf')
}

describe('nothing a slide asks for drops silently', () => {
  // Three mistakes on one slide: the check reports every problem of a slide in one message. The
  // image's address is never fetched: the check reads the slide's compiled code.
  it('a misspelled component tag, a misspelled $lesson path and an image from the internet fail build and export, naming slide, file, tag, path and address', async () => {
    const project = withSlidesEdits([['<TagList :tags', '<img src="https://example.com/k8s.png" alt="架构">\n\n<TagLisst :tags'], ['$lesson.orchestration.projects', '$lesson.orchestration.projectz']])
    try {
      await expectBuildAndExportToFail(project, ['unknown component <TagLisst>', '$lesson.orchestration.projectz does not exist', 'https://example.com/k8s.png is loaded from the internet'])
    }
    finally {
      project.remove()
    }
  }, 300_000)

  // Without it Slidev links its web fonts from Google: a page that waits on the internet in class.
  it('a headmatter without fonts.provider: none fails the build before it starts, saying what to set', async () => {
    const project = copyProject('slide-checks-fonts-')
    try {
      const slides = join(project.dir, 'slides.md')
      const text = readFileSync(slides, 'utf8')
      expect(text, 'the fixture edits slides.md as written').toContain('  provider: none\n')
      writeFileSync(slides, text.replace('  provider: none\n', ''))
      const build = await finished(spawn(process.execPath, nodeArgsOfScript(project.dir, 'build'), { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] }))
      expect(build.code).toBe(1)
      expect(build.stderr).toContain('loads https://fonts.googleapis.com/')
      expect(build.stderr).toContain('set `provider: none` under `fonts:`')
      expect(existsSync(join(project.dir, 'dist')), 'nothing is put in place').toBe(false)
    }
    finally {
      project.remove()
    }
  }, 300_000)
})
