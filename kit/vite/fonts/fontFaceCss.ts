import { unicodeRange } from './slices.ts'

export interface FontFace {
  family: string
  weight: number
  /** URL of the woff2 file, relative to the stylesheet. */
  url: string
  /** The characters the file holds. */
  characters: string
}

/** @font-face rules for subset woff2 files, one per file, each limited to its characters. */
export function fontFaceCss(faces: readonly FontFace[]): string {
  return faces.map(face => [
    '@font-face {',
    `  font-family: ${JSON.stringify(face.family)};`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    // swap, as @fontsource does: text stays readable in a fallback while a slice downloads.
    '  font-display: swap;',
    `  src: url(${JSON.stringify(face.url)}) format("woff2");`,
    `  unicode-range: ${unicodeRange(face.characters)};`,
    '}',
  ].join('\n')).join('\n\n')
}
