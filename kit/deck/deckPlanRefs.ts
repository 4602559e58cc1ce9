/**
 * The `plan:` id of each slide of a deck, in the deck's order, following `src:` imports: read with
 * Slidev's own parser, before any preparser runs, so the schedule can follow slides.md's order.
 */
import type { DeckPlanRef } from '../slides/slideOrder'
import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { parseRangeString, parseSync } from '@slidev/parser'

export function deckPlanRefs(file: string, root = dirname(file), range?: string): DeckPlanRef[] {
  const slides = parseSync(readFileSync(file, 'utf8'), file).slides
  const picked = range === undefined ? slides : parseRangeString(slides.length, range).map(n => slides[n - 1]!)
  return picked.flatMap((slide) => {
    const src: unknown = slide.frontmatter.src
    if (typeof src === 'string') {
      const [path, part] = src.split('#')
      // Slidev reads `/x.md` from the deck's root, `./x.md` from the importing file's folder.
      return deckPlanRefs(path!.startsWith('/') ? resolve(root, `.${path}`) : resolve(dirname(file), path!), root, part)
    }
    const plan: unknown = slide.frontmatter.plan
    return [{ plan: typeof plan === 'string' ? plan : undefined, where: `slide ${slide.index + 1} of ${basename(file)}` }]
  })
}
