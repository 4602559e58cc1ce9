import type { Plugin } from 'vite'
import { rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { hashBuildInputs, stampPathFor } from '../build/buildInputs.ts'

/**
 * Records, beside the output folder, the hash of the sources each successful build was made
 * from, however the build was started (`npm run build`, the tests, `npm run present`), so
 * `npm run present` can tell whether dist/ is current without building again.
 */
export function buildStamp(options: { root: string }): Plugin {
  let hash = ''
  let stamp = ''
  return {
    name: 'deck-build-stamp',
    apply: 'build',
    configResolved(config) {
      stamp = stampPathFor(resolve(config.root, config.build.outDir))
    },
    buildStart() {
      // Hashed before anything is read, so an edit made during the build makes it stale; the old
      // stamp goes first, so an interrupted build is never taken for a finished one.
      rmSync(stamp, { force: true })
      hash = hashBuildInputs(options.root)
    },
    writeBundle() {
      writeFileSync(stamp, `${hash}\n`)
    },
  }
}
