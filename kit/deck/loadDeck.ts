import type { SpeakerNotes } from '../slides/speakerNotes'
import { resolve } from 'node:path'
import { resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { addonRoot } from '../lesson/paths'
import { deckModelOf } from './deckModel.mjs'
import { injectProjectPreparser } from './preparserLoader.mjs'

export interface DeckSlide {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  /** Speaker notes as Markdown, as the presenter view shows them. */
  note: string
  /** The same notes as fields (minutes, points, question, hand-written notes); undefined for a slide without a plan. */
  notes?: SpeakerNotes
  /** The slide's content after the preparser (its title as the first heading), without notes. */
  content: string
  frontmatter: Record<string, unknown>
}

/** The deck as its slides and the size Slidev renders them at. */
export interface Deck {
  slides: DeckSlide[]
  /** The slide canvas in CSS pixels (canvasWidth and aspectRatio of the headmatter). */
  canvas: { width: number, height: number }
}

/**
 * Reads slides.md (and the files it imports) with Slidev's own parser and this deck's
 * preparser, so titles and notes are exactly what Slidev shows: the one deck model of the
 * classroom, the export and the tests.
 */
export async function loadDeckModel(root: string, entry = 'slides.md'): Promise<Deck> {
  injectProjectPreparser()
  // The addon's setup/preparser.ts gives the slides their titles and notes (lesson 2 is the addon's own deck).
  const data = await load({ roots: [...new Set([addonRoot, resolve(root)])], userRoot: root }, resolve(root, entry))
  const errors = Object.values(data.markdownFiles).flatMap(md => md.errors ?? [])
  if (errors.length > 0)
    throw new Error(`${entry} has errors:\n${errors.map(e => `  line ${e.row + 1}: ${e.message}`).join('\n')}`)
  // Slidev's own reading of the headmatter, defaults included.
  return deckModelOf(data.slides, resolveConfig(data.headmatter, {}, entry))
}

/** The deck's slides (loadDeckModel). */
export async function loadDeck(root: string, entry = 'slides.md'): Promise<DeckSlide[]> {
  return (await loadDeckModel(root, entry)).slides
}
