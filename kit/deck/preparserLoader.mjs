// @ts-check
/**
 * Loads `setup/preparser.ts` of every root (the kit's, a lesson's own) the way the Slidev CLI does
 * before it parses a deck, so the titles and notes generated from data/ are there. The CLI does
 * this itself; its parser and its programmatic API do not, hence this mirror of its
 * setupPreparser(), in one place for both who need it: loadDeck.ts (under tsx) and the one build
 * runner (tools/build/runSlidevBuild.mjs, plain Node). Plain JavaScript so both can
 * import it; the setup files are TypeScript, loaded through jiti as the CLI loads them.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import { createJiti } from 'jiti'

/** @typedef {(context: { filepath: string, headmatter: Record<string, unknown>, mode?: string }) => import('@slidev/types').SlidevPreparserExtension[] | Promise<import('@slidev/types').SlidevPreparserExtension[]>} PreparserSetup */

let injected = false

/** Makes every later parse of a deck (by @slidev/parser/fs) run the roots' preparser setups. */
export function injectProjectPreparser() {
  if (injected)
    return
  injected = true
  // No module cache: each parse sees the lesson as it is now (an edit since the last parse counts).
  const jiti = createJiti(import.meta.url, { moduleCache: false })
  injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) => {
    const results = await Promise.all(roots.map(async (root) => {
      const file = resolve(root, 'setup', 'preparser.ts')
      if (!existsSync(file))
        return []
      /** @type {PreparserSetup} */
      const setup = await jiti.import(file, { default: true })
      return setup({ filepath, headmatter, mode })
    }))
    return results.flat()
  })
}
