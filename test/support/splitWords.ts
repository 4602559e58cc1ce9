/**
 * Latin words and numbers split across two lines in `root` ("Deploymen / t"), outside code, diagrams
 * and web addresses: a word broken mid-way reads as two. Evaluated in the page: self-contained.
 */
export function splitWords(root: Element): string[] {
  const found: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode as Text
    const parent = node.parentElement
    if (!parent || parent.closest('pre, svg') || /:\/\//.test(node.data))
      continue
    for (const word of node.data.matchAll(/[A-Z0-9]{2,}/gi)) {
      const range = document.createRange()
      range.setStart(node, word.index)
      range.setEnd(node, word.index + word[0].length)
      const lines = new Set([...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.bottom)))
      if (lines.size > 1)
        found.push(word[0])
    }
  }
  return found
}
