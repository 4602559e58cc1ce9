/**
 * Classroom mode's public build of each lesson the classroom and phone tests open, made once
 * before them (two at a time, beside the projector tests), so that their servers start at once.
 */
import { test as setup } from '@playwright/test'
import { ensurePublicSite } from '../../tools/classroom/publicSites'
import { root } from '../support/root'

setup.describe.configure({ mode: 'parallel' })

for (const entry of ['slides.md', 'lessons/03-deployment/slides.md', 'test/fixtures/blocks-lesson/slides.md']) {
  setup(`the public site of ${entry}`, async () => {
    setup.setTimeout(400_000)
    await ensurePublicSite(root, entry)
  })
}
