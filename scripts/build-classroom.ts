/**
 * `npm run build:classroom [-- lessons/x/slides.md]`: builds classroom mode's public site
 * (dist-public/ beside the lesson's entry; lesson 2's slides.md when none is given) when its
 * sources changed: the notes-free deck, the student app (/join) and the presenter remote (/remote).
 * Option: --rebuild.
 */
import { existsSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { ensureClassroomSite } from '../tools/classroom/buildClassroom'

function fail(message: string, code: number): never {
  process.stderr.write(`build:classroom: ${message}\n`)
  process.exit(code)
}

let args
try {
  args = parseArgs({ args: process.argv.slice(2), strict: true, allowPositionals: true, options: { rebuild: { type: 'boolean', default: false } } })
}
catch (error) {
  fail((error instanceof Error ? error.message : String(error)).split('\n')[0]!, 2)
}
if (args.positionals.length > 1)
  fail(`give one lesson's slides file, got ${args.positionals.length}: ${args.positionals.join(' ')}`, 2)
const entry = args.positionals[0] ?? 'slides.md'
if (!existsSync(entry))
  fail(`no lesson at ${entry}`, 2)

try {
  const site = await ensureClassroomSite(process.cwd(), { entry, rebuild: args.values.rebuild, progress: line => console.log(line) })
  console.log(site.built ? `Built ${site.dir}` : `${site.dir} is up to date.`)
}
catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1)
}
