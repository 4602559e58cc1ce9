/**
 * The text of a group of labels (kit/labels.ts) as the font subsetter reads it: every string, and
 * the source of every function, whose template holds the words it writes.
 */
export function labelText(labels: unknown): string {
  if (typeof labels === 'string' || typeof labels === 'function')
    return String(labels)
  if (labels !== null && typeof labels === 'object')
    return Object.values(labels).map(labelText).join('\n')
  return ''
}
