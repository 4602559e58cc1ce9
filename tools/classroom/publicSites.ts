import type { ServerSetup } from './serverSetup.ts'
import type { ClassroomSites } from './sites.ts'
import { join } from 'node:path'
import { loadDeck } from '../../kit/deck/loadDeck.ts'
import { loadLesson } from '../../kit/lesson/loadLesson.ts'
import { publicSiteDir } from './buildPaths.ts'
import { lessonLiveQuestions, lessonRef, presenterPlan } from './presenterPlan.ts'

/**
 * Classroom mode's three sites inside the public build (buildClassroom.ts): the deck at the
 * root (its `/classroom-assets/` hold the apps' files too), the student app in join/, the remote
 * in remote/. Every file of each is free of notes and correct answers.
 */
export function publicSites(lessonRoot: string): ClassroomSites {
  const dir = publicSiteDir(lessonRoot)
  const build = 'npm run build:classroom'
  return {
    projector: { dir, build },
    join: { dir: join(dir, 'join'), build },
    remote: { dir: join(dir, 'remote'), build },
  }
}

/**
 * A loopback classroom server's setup serving the public build of the project at `root` with its
 * lesson's live questions and plan, a class log in `logDir`: for the browser tests and the bench.
 */
export async function publicServerSetup(root: string, logDir: string, limits?: ServerSetup['limits']): Promise<ServerSetup> {
  const lesson = await loadLesson(join(root, 'data/index.ts'))
  return {
    host: '127.0.0.1',
    port: 0,
    logDir,
    resume: false,
    questions: lessonLiveQuestions(lesson),
    slides: presenterPlan(await loadDeck(root), lesson.plan),
    lesson: lessonRef(lesson.course),
    sites: publicSites(root),
    ...(limits ? { limits } : {}),
  }
}
