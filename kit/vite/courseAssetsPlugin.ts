/**
 * The course's shared assets (course/avatars/…) for whichever lesson is built: served under
 * /course/ by the dev server and written to /course/ in every build, so each lesson names the
 * same path and no lesson keeps a copy. Slidev copies no addon public/ (the root's is lesson 2's).
 */
import type { Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp' }

/** The course's asset files (images only: course/index.ts is data, imported by the lessons). */
export function courseAssetFiles(dir: string): string[] {
  if (!existsSync(dir))
    return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(file => TYPES[extname(file)] !== undefined && statSync(join(dir, file)).isFile())
    .map(file => file.split(sep).join('/'))
    .sort()
}

export function courseAssets(options: { dir: string, base?: string }): Plugin {
  const base = options.base ?? '/course/'
  return {
    name: 'deck-course-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!)
        if (!path.startsWith(base))
          return next()
        const file = join(options.dir, path.slice(base.length))
        // Only the course's own image files: never a path that climbs out of the folder.
        if (relative(options.dir, file).startsWith('..') || !courseAssetFiles(options.dir).includes(path.slice(base.length)))
          return next()
        response.setHeader('Content-Type', TYPES[extname(file)]!)
        response.end(readFileSync(file))
      })
    },
    generateBundle() {
      for (const file of courseAssetFiles(options.dir))
        this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${file}`, source: readFileSync(join(options.dir, file)) })
    },
  }
}
