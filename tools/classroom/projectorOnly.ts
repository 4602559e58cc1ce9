/**
 * Markdown blocks the phone cannot show yet (code, tables, Mermaid diagrams, images): each is
 * swapped for a `<projector-only>` marker before the slide is read, so a phone says "see the
 * projector" instead of showing raw source. The issue "one rendering" replaces this.
 */

export type ProjectorOnlyKind = 'code' | 'table' | 'diagram' | 'image'

/** The marker element's tag: lower case and hyphenated, so it is never taken for a component. */
export const PROJECTOR_ONLY_TAG = 'projector-only'

const marker = (kind: ProjectorOnlyKind, clicks = 0): string => `\n<${PROJECTOR_ONLY_TAG} kind="${kind}" clicks="${clicks}"></${PROJECTOR_ONLY_TAG}>\n`

/** Clicks a code block's highlight steps take on the projector: `{1-3|5|all}` is three steps, two clicks. */
export function codeClicks(meta: string): number {
  const steps = /\{([^}]*)\}/.exec(meta)?.[1]
  return steps === undefined ? 0 : steps.split('|').length - 1
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})([^`~].*)?$/
const TABLE_RULE = /^[\s|:-]+$/
const IMAGE = /!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>/g

const isRow = (line: string | undefined): boolean => line !== undefined && line.includes('|') && line.trim() !== ''

/** The slide's Markdown with each code block, table, Mermaid diagram and image replaced by a marker. */
export function markProjectorOnly(markdown: string): string {
  const lines = markdown.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const fence = FENCE_OPEN.exec(line)
    if (fence) {
      const mark = fence[1]!
      const info = fence[2] ?? ''
      const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(mark) && l.trim().replace(/[`~]/g, '') === '')
      i = close === -1 ? lines.length : close
      out.push(info.trim().split(/[\s{]/)[0] === 'mermaid' ? marker('diagram') : marker('code', codeClicks(info)))
      continue
    }
    if (isRow(line) && isRow(lines[i + 1]) && TABLE_RULE.test(lines[i + 1]!) && lines[i + 1]!.includes('-')) {
      i++
      while (isRow(lines[i + 1]))
        i++
      out.push(marker('table'))
      continue
    }
    out.push(line.replace(IMAGE, () => marker('image')))
  }
  return out.join('\n')
}
