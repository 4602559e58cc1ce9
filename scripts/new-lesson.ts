/**
 * `npm run new-lesson -- <folder>`: a starter lesson (cover, dialogue, diagram, timeline, lab,
 * recap; every 示例 text an example to replace) in a new folder of the project.
 * Exit codes: 0 written, 2 bad folder or options.
 */
import { relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { LessonFolderError, scaffoldLesson } from '../tools/new-lesson/scaffold'

const USAGE = 'Usage: npm run new-lesson -- <folder>   (a new or empty folder inside the project, e.g. lessons/3)'

/** One line saying what is wrong (and the usage when the command line itself is); exit code 2. */
function fail(message: string, usage = false): never {
  process.stderr.write(`new-lesson: ${message}\n${usage ? `${USAGE}\n` : ''}`)
  process.exit(2)
}

let folder: string | undefined
try {
  const { positionals } = parseArgs({ args: process.argv.slice(2), strict: true, allowPositionals: true, options: {} })
  if (positionals.length !== 1)
    fail(positionals.length === 0 ? 'give the new lesson\'s folder' : `give one folder, got ${positionals.length}`, true)
  folder = positionals[0]!
}
catch (error) {
  fail((error as Error).message.split('\n')[0]!, true)
}

const root = process.cwd()
try {
  const slides = relative(root, scaffoldLesson(root, folder))
  console.log(`Created a starter lesson in ${folder}: replace every 示例 text in its data/.`)
  console.log(`  npm run dev -- ${slides}               edit with live reload`)
  console.log(`  npm run present -- --entry ${slides}   build and serve for the class`)
  console.log(`  npm run export -- --entry ${slides}    its three PDFs`)
}
catch (error) {
  if (error instanceof LessonFolderError)
    fail(error.message)
  throw error
}
