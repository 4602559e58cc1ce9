import { dirname, join, relative, resolve } from 'node:path'

/**
 * Where classroom mode's public site of the lesson in `lessonRoot` is built (beside its entry, as
 * its dist/ is; lesson 2's is at the project root): the notes-free deck for the projector at `/`
 * and `/N`, the student app at `join/`, the presenter remote at `remote/` (their files under
 * `classroom-assets/`). Everything in it may be fetched by anyone in the room. Git-ignored.
 */
export function publicSiteDir(lessonRoot: string): string {
  return join(lessonRoot, 'dist-public')
}

/** The classroom apps' assets folder inside the public site (the deck's are under `assets/`). */
export const CLASSROOM_ASSETS_DIR = 'classroom-assets'

/** The lesson a classroom serves: its entry relative to the project root, and its folder. */
export interface ClassroomLesson {
  /** The lesson's slides file, relative to the project root (`slides.md` for lesson 2). */
  entry: string
  /** The folder of the entry: the lesson's data/, public/, its builds and its class logs. */
  lessonRoot: string
}

/** The lesson whose entry is `entry` (relative to `root`); lesson 2 at the root when none is given. */
export function classroomLesson(root: string, entry = 'slides.md'): ClassroomLesson {
  const path = resolve(root, entry)
  return { entry: relative(root, path), lessonRoot: dirname(path) }
}
