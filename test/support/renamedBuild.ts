import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { replaceDir } from '../../kit/fs/replaceAtomically'

/** A file Vite named by its content, under a build's assets folders (with its brotli and gzip copies). */
const HASHED = /(?:^|[\\/])(?:classroom-)?assets[\\/]/
const COMPRESSED_COPY = /\.(?:br|gz)$/

/**
 * Replaces the built site in `site` the way a rebuild does (a new folder renamed into place): with
 * every hashed file under a new name, and every reference to it rewritten, so that a page still
 * open from the old build asks for files that are gone, as after a real edit.
 */
export function replaceWithRenamedBuild(site: string): void {
  const next = `${site}.next`
  cpSync(site, next, { recursive: true })
  const files = readdirSync(next, { recursive: true, encoding: 'utf8' }).filter(file => statSync(join(next, file)).isFile())
  const renamed = new Map(files.filter(file => HASHED.test(file) && !COMPRESSED_COPY.test(file))
    .map(file => [basename(file), basename(file).replace(/(\.\w+)$/, 'x$1')]))
  for (const file of files) {
    const path = join(next, file)
    if (/\.(?:html|js|css)$/.test(file)) {
      let text = readFileSync(path, 'utf8')
      for (const [name, newName] of renamed)
        text = text.replaceAll(name, newName)
      writeFileSync(path, text)
    }
    // The precompressed copies hold the old text: the server sends the plain file instead.
    if (COMPRESSED_COPY.test(file))
      rmSync(path)
    else if (renamed.has(basename(file)))
      renameSync(path, join(dirname(path), renamed.get(basename(file))!))
  }
  // As the build cache swaps a site in (a folder in use is retried on Windows).
  replaceDir(next, site, `${site}.old`)
  rmSync(`${site}.old`, { recursive: true, force: true })
}
