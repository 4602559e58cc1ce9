import type { Lesson } from '../../lesson/schema'
import { ASCII_CHARACTERS, BASE_CHARACTERS, nonAscii, stringsIn } from './charset.ts'

/** The text of the project's source files, by where it shows up. */
export interface DeckSources {
  /** The components on the first slide: their labels are on screen when the deck opens. */
  cover: string
  /** Components and composables: labels that can appear on any slide. */
  interface: string
  /** kit/slides: diagram labels, dates, the PDFs' page lines. */
  code: string
  /** slides.md, setup/, data/ and styles/ as written, comments included. */
  deck: string
}

/**
 * The deck's text in the order a student meets it: the cover (ASCII for Slidev's interface, the
 * course and the cover components' labels), the other slides (the lesson and slide titles, the
 * other components' labels, lib's strings), then what only the presenter sees
 * (speaker notes) with the sources as written and the base characters. Every character of every
 * group ends up in the font; the order decides only which slice it is fetched with.
 */
export function deckTextGroups(lesson: Lesson, sources: DeckSources): string[] {
  const { course, plan, ...rest } = lesson
  return [
    [ASCII_CHARACTERS, ...stringsIn(course), nonAscii(sources.cover)].join('\n'),
    [...stringsIn(rest), ...plan.flatMap(entry => entry.title ?? []), nonAscii(sources.interface), nonAscii(sources.code)].join('\n'),
    [...stringsIn(plan), sources.deck, BASE_CHARACTERS].join('\n'),
  ]
}
