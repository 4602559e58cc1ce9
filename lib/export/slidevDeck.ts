import type { ResolvedSlidevOptions, SlidevPreparserExtension } from '@slidev/types'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'

type PreparserSetup = (context: { filepath: string, headmatter: Record<string, unknown>, mode?: string }) => SlidevPreparserExtension[] | Promise<SlidevPreparserExtension[]>

let preparserInjected = false

/**
 * Loads `setup/preparser.ts` of every root the way the Slidev CLI does before it parses the
 * deck, so titles and notes generated from data/ are there. The CLI does this itself; its
 * programmatic API does not, hence this mirror of its setupPreparser().
 */
function injectPreparser(): void {
  if (preparserInjected)
    return
  preparserInjected = true
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

/**
 * Parses the deck as the Slidev CLI does. The mode is passed on to the preparser and, with
 * `download` (the CLI's --download), decides which of Slidev's features a build includes.
 */
export async function loadDeck(entry: string, mode: ResolvedSlidevOptions['mode'] = 'export', download = false): Promise<ResolvedSlidevOptions> {
  injectPreparser()
  const { resolveOptions } = await import('@slidev/cli')
  return resolveOptions({ entry, download }, mode)
}
