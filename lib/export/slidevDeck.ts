import type { ResolvedSlidevOptions } from '@slidev/types'
import { injectProjectPreparser } from '../deck/preparserLoader'

/**
 * Parses the deck as the Slidev CLI does. The mode is passed on to the preparser and, with
 * `download` (the CLI's --download), decides which of Slidev's features a build includes.
 */
export async function loadDeck(entry: string, mode: ResolvedSlidevOptions['mode'] = 'export', download = false): Promise<ResolvedSlidevOptions> {
  injectProjectPreparser()
  const { resolveOptions } = await import('@slidev/cli')
  return resolveOptions({ entry, download }, mode)
}
