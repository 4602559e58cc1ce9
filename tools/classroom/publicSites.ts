import type { ClassroomSites } from './sites.ts'
import { join } from 'node:path'
import { publicSiteDir } from './buildPaths.ts'

/**
 * Classroom mode's three sites inside the public build (buildClassroom.ts): the deck at the
 * root (its `/classroom-assets/` hold the apps' files too), the student app in join/, the remote
 * in remote/. Every file of each is free of notes and correct answers.
 */
export function publicSites(root: string): ClassroomSites {
  const dir = publicSiteDir(root)
  const build = 'npm run build:classroom'
  return {
    projector: { dir, build },
    join: { dir: join(dir, 'join'), build },
    remote: { dir: join(dir, 'remote'), build },
  }
}
