/**
 * WCAG contrast of text colours, and a colour darkened until it reaches a ratio: the deck keeps
 * every text colour at 7:1 (AAA), since projectors wash colours out.
 */

/** `#rgb` or `#rrggbb` (an alpha part is dropped) as 0–255 channels. */
export function parseHex(colour: string): [number, number, number] {
  const hex = colour.replace(/^#/, '')
  const full = hex.length === 3 || hex.length === 4 ? [...hex.slice(0, 3)].map(c => c + c).join('') : hex.slice(0, 6)
  if (!/^[\da-f]{6}$/i.test(full))
    throw new Error(`"${colour}" is not a hex colour`)
  return [0, 2, 4].map(i => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}

const toHex = (rgb: readonly number[]): string => `#${rgb.map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`

/** WCAG 2 relative luminance of 0–255 channels. */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!)
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * `colour` as it is when it reaches `ratio` against the light `background`, else mixed toward
 * black in small steps until it does: the hue stays recognisable, only its lightness drops.
 */
export function darkenToContrast(colour: string, background: string, ratio: number): string {
  const bg = parseHex(background)
  let rgb = parseHex(colour)
  for (let i = 0; i < 100 && contrastRatio(rgb, bg) < ratio; i++)
    rgb = rgb.map(c => c * 0.96) as [number, number, number]
  return toHex(rgb)
}
