import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { addonRoot } from '../lesson/paths'
import { injectProjectPreparser } from './preparserLoader.mjs'

export interface DeckSlide {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  /** Speaker notes as Markdown. */
  note: string
  /** The slide's content after the preparser (its title as the first heading), without notes. */
  content: string
  frontmatter: Record<string, unknown>
}

/**
 * Reads slides.md (and the files it imports) with Slidev's own parser and this
 * deck's preparser, so titles and notes are exactly what Slidev shows.
 */
export async function loadDeck(root: string, entry = 'slides.md'): Promise<DeckSlide[]> {
  injectProjectPreparser()
  // The addon's setup/preparser.ts gives the slides their titles and notes (lesson 2 is the addon's own deck).
  const data = await load({ roots: [...new Set([addonRoot, resolve(root)])], userRoot: root }, resolve(root, entry))
  const errors = Object.values(data.markdownFiles).flatMap(md => md.errors ?? [])
  if (errors.length > 0)
    throw new Error(`${entry} has errors:\n${errors.map(e => `  line ${e.row + 1}: ${e.message}`).join('\n')}`)
  return data.slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    note: slide.note ?? '',
    content: slide.content,
    frontmatter: slide.frontmatter,
  }))
}
