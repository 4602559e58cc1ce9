import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureClassroomSite } from '../../../tools/classroom/buildClassroom'

const roots: string[] = []
afterEach(() => roots.splice(0).forEach(root => rmSync(root, { recursive: true, force: true })))

describe('ensureClassroomSite', () => {
  it('with lastGood offers what is there and never builds: nothing there, nothing built', async () => {
    const root = mkdtempSync(join(tmpdir(), 'classroom-site-'))
    roots.push(root)
    const progress: string[] = []
    const site = await ensureClassroomSite(root, { lastGood: true, progress: line => progress.push(line) })
    expect(site).toMatchObject({ built: false, builtAt: undefined, current: false })
    expect(progress).toEqual([])
  })
})
