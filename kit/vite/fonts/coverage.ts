import type { Font } from 'fontkit'
import { openSync } from 'fontkit'

const fonts = new Map<string, Font>()

function open(path: string): Font {
  let font = fonts.get(path)
  if (!font) {
    const opened = openSync(path)
    if (!('hasGlyphForCodePoint' in opened))
      throw new Error(`${path} is a font collection; give one font file`)
    font = opened
    fonts.set(path, font)
  }
  return font
}

/** The characters of `text` the font at `fontPath` has no glyph for. */
export function missingCharacters(fontPath: string, text: string): string[] {
  const font = open(fontPath)
  return [...new Set(text)].filter(char => !font.hasGlyphForCodePoint(char.codePointAt(0)!))
}
