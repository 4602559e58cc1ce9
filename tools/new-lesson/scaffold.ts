import { cpSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { kitRoot } from '../../kit/lesson/paths'
import { renameRetrying } from '../fs/replaceDir'

/** The starter lesson every new lesson is copied from: slides.md, data/, public/. */
export const STARTER = join(kitRoot, 'starter')

/** A folder that cannot take a new lesson; the message is one line, for the command to print. */
export class LessonFolderError extends Error {
  override name = 'LessonFolderError'
}

/**
 * Where a new lesson may go: a folder inside the project (Slidev resolves the kit, named in the
 * headmatter as an addon, and its own packages from the lesson's folder through node_modules, so
 * outside the project neither is found), that does not exist yet or is empty.
 * Returns the folder's absolute path.
 */
export function checkLessonFolder(projectRoot: string, folder: string): string {
  if (folder.trim() === '')
    throw new LessonFolderError('give the new lesson\'s folder, e.g. npm run new-lesson -- lessons/3')
  const target = resolve(projectRoot, folder)
  const inside = relative(projectRoot, target)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new LessonFolderError(`${folder} is ${inside === '' ? 'the project root itself' : 'outside the project'}: a lesson must be a folder inside ${projectRoot}, where Slidev finds the kit and its packages in node_modules/`)
  }
  if (inside.split(sep)[0] === 'node_modules' || inside.split(sep)[0] === 'kit')
    throw new LessonFolderError(`${folder} is inside ${inside.split(sep)[0]}/: put the lesson in a folder of its own, e.g. lessons/3`)
  if (existsSync(target)) {
    if (!statSync(target).isDirectory())
      throw new LessonFolderError(`${folder} is a file, not a folder: nothing was written`)
    if (readdirSync(target).length > 0)
      throw new LessonFolderError(`${folder} is not empty: a new lesson goes into a new or empty folder, so nothing of yours is overwritten`)
  }
  return target
}

/**
 * Copies the starter into `folder` (checked first): written beside it under a temporary name and
 * renamed into place, so an interrupted copy leaves no half lesson. Returns the new slides file.
 */
export function scaffoldLesson(projectRoot: string, folder: string): string {
  const target = checkLessonFolder(projectRoot, folder)
  mkdirSync(dirname(target), { recursive: true })
  const temp = `${target}.${process.pid}.tmp`
  try {
    cpSync(STARTER, temp, { recursive: true })
    if (existsSync(target))
      rmdirSync(target)
    // Windows: an antivirus may still be reading the fresh copy for a moment.
    renameRetrying(temp, target)
  }
  finally {
    rmSync(temp, { recursive: true, force: true })
  }
  return join(target, 'slides.md')
}
