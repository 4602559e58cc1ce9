import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UsageError } from './commandLine.ts'

/**
 * The lesson a command is given: its slides file, or its folder (`lessons/03-deployment` for
 * `lessons/03-deployment/slides.md`), as the user wrote it, relative to `root`. Anything else is
 * a UsageError that says what was found there, before any build starts.
 */
export function lessonEntry(root: string, given: string): string {
  const path = resolve(root, given)
  if (!existsSync(path))
    throw new UsageError(`no lesson at ${given}: give a lesson's slides file or its folder`)
  if (statSync(path).isDirectory()) {
    if (existsSync(join(path, 'slides.md')))
      return join(given, 'slides.md')
    throw new UsageError(`${given} is a folder without a slides.md: give a lesson's slides file or its folder`)
  }
  if (!given.toLowerCase().endsWith('.md'))
    throw new UsageError(`${given} is not a lesson's slides file (a Markdown file, such as slides.md)`)
  return given
}
