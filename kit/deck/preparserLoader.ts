import type { SlidevPreparserExtension } from '@slidev/types'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'

type PreparserSetup = (context: { filepath: string, headmatter: Record<string, unknown>, mode?: string }) => SlidevPreparserExtension[] | Promise<SlidevPreparserExtension[]>

let injected = false

/**
 * Loads `setup/preparser.ts` of every root the way the Slidev CLI does before it parses the
 * deck, so titles and notes generated from data/ are there. The CLI does this itself; its
 * parser and programmatic API do not, hence this mirror of its setupPreparser().
 */
export function injectProjectPreparser(): void {
  if (injected)
    return
  injected = true
  injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) => {
    const results = await Promise.all(roots.map(async (root) => {
      const file = resolve(root, 'setup', 'preparser.ts')
      if (!existsSync(file))
        return []
      const mod = await import(pathToFileURL(file).href) as { default: PreparserSetup }
      return mod.default({ filepath, headmatter, mode })
    }))
    return results.flat()
  })
}
