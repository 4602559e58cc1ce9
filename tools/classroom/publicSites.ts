import type { ServerSetup } from './serverSetup.ts'
import type { ClassroomSites } from './sites.ts'
import { join } from 'node:path'
import { loadDeck } from '../../kit/deck/loadDeck.ts'
import { loadLesson } from '../../kit/lesson/loadLesson.ts'
import { lessonModulePath } from '../../kit/lesson/paths.ts'
import { ensureBuild } from '../build/ensureBuild.ts'
import { classroomLesson, publicSiteDir } from './buildPaths.ts'
import { lessonLiveQuestions, lessonRef, presenterPlan } from './presenterPlan.ts'

/**
 * Classroom mode's three sites inside the public build (tools/build/ensureBuild.ts, flavour public): the deck at the
 * root (its `/classroom-assets/` hold the apps' files too), the student app in join/, the remote
 * in remote/. Every file of each is free of notes and correct answers. `dir`: a copy of that
 * build elsewhere (a test that replaces it under a running class).
 */
export function publicSites(lessonRoot: string, dir = publicSiteDir(lessonRoot)): ClassroomSites {
  const build = 'npm run build:classroom'
  return {
    projector: { dir, build },
    join: { dir: join(dir, 'join'), build },
    remote: { dir: join(dir, 'remote'), build },
  }
}

/**
 * A loopback classroom server's setup serving the public build of the lesson at `entry` (lesson 2
 * unless told) with its live questions and plan, a class log in `logDir`: for the browser tests
 * and the bench.
 */
export async function publicServerSetup(root: string, logDir: string, limits?: ServerSetup['limits'], entry = 'slides.md', siteDir?: string): Promise<ServerSetup> {
  const { lessonRoot } = classroomLesson(root, entry)
  const lesson = await loadLesson(lessonModulePath(lessonRoot))
  return {
    host: '127.0.0.1',
    port: 0,
    logDir,
    resume: false,
    questions: lessonLiveQuestions(lesson),
    slides: presenterPlan(await loadDeck(lessonRoot), lesson.plan),
    lesson: lessonRef(lesson.course),
    sites: publicSites(lessonRoot, siteDir),
    ...(limits ? { limits } : {}),
  }
}

/** Builds the public site of the lesson at `entry` if its sources changed, quietly: for the browser tests and the bench. */
export async function ensurePublicSite(root: string, entry = 'slides.md'): Promise<void> {
  await ensureBuild({ root, entry, flavour: 'public', signal: new AbortController().signal, onCleanup: () => {}, log: () => {} })
}
