import type { Font } from 'fontkit'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomically } from '../../fs/replaceAtomically.ts'
import { fontIdentity } from './fontIdentity.ts'

const fonts = new Map<string, Font>()

async function open(path: string): Promise<Font> {
  let font = fonts.get(path)
  if (!font) {
    // Loaded only when a text is new: the font library is time on every build's start.
    const { openSync } = await import('fontkit')
    const opened = openSync(path)
    if (!('hasGlyphForCodePoint' in opened))
      throw new Error(`${path} is a font collection; give one font file`)
    font = opened
    fonts.set(path, font)
  }
  return font
}

/**
 * The characters of `text` the font at `fontPath` has no glyph for. The answer is kept in
 * `cacheDir` beside the subsets, under the font and the text, so an unchanged deck never opens
 * the font.
 */
export async function missingCharacters(fontPath: string, text: string, cacheDir: string): Promise<string[]> {
  const characters = [...new Set(text)].join('')
  const key = createHash('sha256').update(`${fontIdentity(fontPath)}\0${characters}`).digest('hex').slice(0, 12)
  const file = join(cacheDir, `coverage-${key}.json`)
  if (existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as string[]
  const font = await open(fontPath)
  const missing = [...characters].filter(char => !font.hasGlyphForCodePoint(char.codePointAt(0)!))
  try {
    writeFileAtomically(file, JSON.stringify(missing))
  }
  catch {
    // Windows: another build wrote the same answer and holds it open. The answer only warns, and
    // the next build asks again: never a reason to fail this one.
  }
  return missing
}
