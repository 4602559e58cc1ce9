// @ts-check
/**
 * The one deck model (kit/deck/loadDeck.ts), made from what Slidev's parser gives: each slide's
 * title, its notes as Markdown and as fields, and the canvas size. Plain JavaScript, as
 * preparserLoader.mjs is: the build runner (tools/build/runSlidevBuild.mjs, plain Node) keeps the
 * model of the deck it built beside the build, so the export reads it instead of parsing again.
 */

import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** @typedef {import('../slides/speakerNotes').SpeakerNotes} SpeakerNotes */
/** @typedef {import('./loadDeck').Deck} Deck */

/** Inside a build's folder, beside its stamp; a dotfile, so the static server does not serve it. */
export const DECK_MODEL_FILE = '.deck-model.json'

/** Global, so the preparser loaded through jiti and a reader loaded otherwise share it. */
const NOTES_KEY = Symbol.for('slidev-addon-lesson-kit:speaker-notes')

/**
 * Keeps a slide's notes, as fields, on the frontmatter object the parser hands the preparser.
 * Not enumerable and keyed by a symbol: it never reaches the built site, which gets the notes
 * only as the Markdown the preparser renders.
 * @param {object} frontmatter
 * @param {SpeakerNotes} notes
 */
export function keepSpeakerNotes(frontmatter, notes) {
  Object.defineProperty(frontmatter, NOTES_KEY, { value: notes, enumerable: false, configurable: true })
}

/**
 * The notes the preparser kept on this frontmatter object; undefined for a slide it did not plan.
 * @param {object} frontmatter
 * @returns {SpeakerNotes | undefined} the notes as fields
 */
export function keptSpeakerNotes(frontmatter) {
  return /** @type {Record<symbol, SpeakerNotes | undefined>} */ (frontmatter)[NOTES_KEY]
}

/**
 * The deck model of parsed slides, at the canvas size of the deck's resolved config.
 * @param {import('@slidev/types').SlideInfo[]} slides what the parser's `load()` gives
 * @param {{ canvasWidth: number, aspectRatio: number }} config the deck's resolved config
 * @returns {Deck} the model
 */
export function deckModelOf(slides, config) {
  return {
    slides: slides.map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      note: slide.note ?? '',
      notes: keptSpeakerNotes(slide.source.frontmatter),
      content: slide.content,
      frontmatter: slide.frontmatter,
    })),
    canvas: { width: config.canvasWidth, height: Math.round(config.canvasWidth / config.aspectRatio) },
  }
}

/**
 * The model of the deck a build was made from, kept in its folder by the build: read without
 * Slidev's parser, which the export need not load.
 * @param {string} buildDir the build's folder
 * @returns {Promise<Deck>} the model
 */
export async function readDeckModel(buildDir) {
  const file = join(buildDir, DECK_MODEL_FILE)
  if (!existsSync(file))
    throw new Error(`${file} is missing: the build in ${buildDir} has no deck model; build it again`)
  return /** @type {Deck} */ (JSON.parse(await readFile(file, 'utf8')))
}
