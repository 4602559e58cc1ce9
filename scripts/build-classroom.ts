/**
 * `npm run build:classroom`: builds classroom mode's public site (dist-public/) when its sources
 * changed: the notes-free deck, the student app (/join) and the presenter remote (/remote).
 * Option: --rebuild.
 */
import process from 'node:process'
import { ensureClassroomSite } from '../tools/classroom/buildClassroom'

try {
  const site = await ensureClassroomSite(process.cwd(), { rebuild: process.argv.includes('--rebuild'), progress: line => console.log(line) })
  console.log(site.built ? `Built ${site.dir}` : `${site.dir} is up to date.`)
}
catch (error) {
  process.stderr.write(`build:classroom: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
