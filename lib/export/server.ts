import type { ResolvedSlidevOptions, SlidevPreparserExtension } from '@slidev/types'
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createServer, resolveOptions } from '@slidev/cli'
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

/** Parses the deck as `slidev export` does (export mode: print routes enabled). */
export async function loadDeck(entry: string): Promise<ResolvedSlidevOptions> {
  injectPreparser()
  return resolveOptions({ entry }, 'export')
}

export interface DeckServer {
  /** Base URL of the running deck, ending in a slash. */
  url: string
  close: () => Promise<void>
}

/** Starts Slidev's server on a free port chosen by the OS, so a busy port is never an error. */
export async function startDeckServer(options: ResolvedSlidevOptions): Promise<DeckServer> {
  const server = await createServer(options, {
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen()
  const address = server.httpServer?.address() as AddressInfo | null
  if (!address)
    throw new Error('the Slidev server did not start listening')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  }
}
