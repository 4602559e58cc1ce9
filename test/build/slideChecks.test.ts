import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { finished, runExport } from '../support/exportRun'
import { copyProject } from '../support/fixtureProject'

const slideNo = lesson.plan.findIndex(entry => entry.id === 'orchestration') + 1

/** A copy of the project whose slides.md has `from` replaced with `to` (on the orchestration slide). */
function withSlidesEdit(from: string, to: string): ReturnType<typeof copyProject> {
  const project = copyProject('slide-checks-')
  const slides = join(project.dir, 'slides.md')
  const text = readFileSync(slides, 'utf8')
  expect(text, 'the fixture edits slides.md as written').toContain(from)
  writeFileSync(slides, text.replace(from, to))
  return project
}

/** `npm run build` and `npm run export` of the copy; both must fail with `expected` and write nothing. */
async function expectBuildAndExportToFail(project: ReturnType<typeof copyProject>, expected: string): Promise<void> {
  const build = await finished(spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] }))
  expect(build.code).toBe(1)
  expect(build.stderr).toContain(`slide ${slideNo} (slides.md)`)
  expect(build.stderr).toContain(expected)

  const out = join(project.dir, 'exports')
  mkdirSync(out)
  writeFileSync(join(out, 'slides.pdf'), 'old slides.pdf')
  const exported = await runExport(['--only', 'slides', '--out', out], {}, project.dir)
  expect(exported.code).toBe(1)
  expect(exported.stderr).toContain(`slide ${slideNo} (slides.md)`)
  expect(exported.stderr).toContain(expected)
  expect(readFileSync(join(out, 'slides.pdf'), 'utf8')).toBe('old slides.pdf')
}

describe('nothing a slide asks for drops silently', () => {
  it('a misspelled component tag fails build and export, naming slide, file and tag', async () => {
    const project = withSlidesEdit('<TagList :tags', '<TagLisst :tags')
    try {
      await expectBuildAndExportToFail(project, 'unknown component <TagLisst>')
    }
    finally {
      project.remove()
    }
  }, 300_000)

  it('a misspelled $lesson path fails build and export, naming slide, file and path', async () => {
    const project = withSlidesEdit('$lesson.orchestration.projects', '$lesson.orchestration.projectz')
    try {
      await expectBuildAndExportToFail(project, '$lesson.orchestration.projectz does not exist')
    }
    finally {
      project.remove()
    }
  }, 300_000)
})
