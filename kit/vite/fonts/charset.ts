/**
 * Every string inside a value (objects, arrays, nested), in the order they appear; numbers
 * count as their digits, since a slide shows them as text (课时 2).
 */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  if (typeof value === 'number')
    return [String(value)]
  if (Array.isArray(value))
    return value.flatMap(stringsIn)
  if (value && typeof value === 'object')
    return Object.values(value).flatMap(stringsIn)
  return []
}

/** Whether a code point is drawn with a glyph: not a control character nor a line break or tab. */
export function isDrawn(codePoint: number): boolean {
  return codePoint >= 0x20 && !(codePoint >= 0x7F && codePoint <= 0x9F)
    && codePoint !== 0x2028 && codePoint !== 0x2029 && codePoint !== 0xFEFF
}

/** The drawn characters of `text`, each once, in order of first appearance. */
export function charactersOf(text: string): string[] {
  return [...new Set([...text].filter(char => isDrawn(char.codePointAt(0)!)))]
}

/** `text` without its ASCII characters. */
export function nonAscii(text: string): string {
  return [...text].filter(char => char.codePointAt(0)! > 0x7F).join('')
}

function span(first: number, last: number): string {
  return String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, i) => first + i))
}

/**
 * Printable ASCII: numbers, Latin names and URLs on the slides, and Slidev's own interface (its
 * navigation labels and the slide counter are English text on every page, the first one too).
 */
export const ASCII_CHARACTERS: string = span(0x20, 0x7E)

/**
 * Characters kept in the font whether or not a source uses them today: Latin-1, typographic
 * punctuation and arrows, and the CJK and fullwidth punctuation a Chinese sentence may be edited
 * to use. Erring on the side of including: a character missing from the subset would be drawn in
 * another font, or as tofu.
 */
export const BASE_CHARACTERS: string = [
  span(0xA0, 0xFF),
  span(0x2010, 0x2027),
  span(0x2030, 0x203B),
  span(0x2190, 0x2193),
  span(0x3000, 0x301F),
  span(0xFF01, 0xFF5E),
  '\uFFE5',
].join('')
