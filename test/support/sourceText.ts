/**
 * Compares the deck with the lesson's source text: splits the source into the
 * fragments a learner could be examined on, and normalises text so that the
 * typographic fixes the deck is allowed (full-width punctuation, spacing,
 * line breaks) do not count as differences, while any change of wording does.
 */

/** Lines 1–75 of the seed file are the lesson; the rest is the hosting site's noise. */
export const lessonLineCount = 75

/** Drops white space and punctuation, folds full-width forms: "思考:单容器？" → "思考单容器". */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}]/gu, '')
}

/**
 * The fragments of the lesson, in source order: each line split at sentence
 * ends and at colons (a colon separates a label — 小陈, 2013年7月 — from what
 * follows, and the deck shows the two in different places).
 */
export function sourceFragments(source: string, lines = lessonLineCount): string[] {
  return source
    .split(/\r?\n/)
    .slice(0, lines)
    .flatMap(line => line.split(/[。？！?!:：]/))
    .map(normalizeForComparison)
    .filter(fragment => fragment.length > 0)
}

export interface FragmentPlacement {
  fragment: string
  /** Index of the page (slide) the fragment was found on, or -1. */
  page: number
}

/**
 * Finds each fragment on a page at or after the page of the fragment before
 * it, so the result also shows whether the deck keeps the source's order.
 */
export function placeFragments(fragments: readonly string[], pages: readonly string[]): FragmentPlacement[] {
  const normalized = pages.map(normalizeForComparison)
  let from = 0
  return fragments.map((fragment) => {
    const page = normalized.findIndex((text, index) => index >= from && text.includes(fragment))
    if (page >= 0)
      from = page
    return { fragment, page }
  })
}
