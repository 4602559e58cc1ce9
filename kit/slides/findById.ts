/**
 * The record with `id`, or an error naming what was asked for and what exists,
 * so a typo in slides.md fails loudly instead of leaving an empty slide.
 */
export function findById<T extends { id: string }>(records: readonly T[], id: string, what: string): T {
  const found = records.find(record => record.id === id)
  if (!found)
    throw new Error(`unknown ${what} "${id}" (known: ${records.map(r => r.id).join(', ')})`)
  return found
}
