import { charactersOf } from './charset.ts'

/**
 * Splits the characters of `groups` into one slice per group: each character goes to the first
 * group it appears in, so a slice holds only what is new by then. Groups listed in the order a
 * student meets them (the first slide, the other slides, the notes) let the browser fetch the
 * first slice alone for the first slide. Empty slices are dropped.
 */
export function sliceByFirstUse(groups: readonly string[]): string[] {
  const seen = new Set<string>()
  const slices: string[] = []
  for (const group of groups) {
    const fresh = charactersOf(group).filter(char => !seen.has(char))
    for (const char of fresh)
      seen.add(char)
    if (fresh.length > 0)
      slices.push(fresh.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''))
  }
  return slices
}

const hex = (codePoint: number): string => codePoint.toString(16).toUpperCase()

/** A CSS unicode-range covering exactly the characters of `text`, consecutive code points merged. */
export function unicodeRange(text: string): string {
  const points = [...new Set([...text].map(char => char.codePointAt(0)!))].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < points.length;) {
    let j = i
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1)
      j++
    ranges.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`)
    i = j + 1
  }
  return ranges.join(',')
}
