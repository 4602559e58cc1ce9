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

const FENCE = /^( {0,3})(`{3,}|~{3,})([^\n]*)\n[\s\S]*?^ {0,3}\2[`~]*[ \t]*$/gm
const TABLE = /^[^\n\r|\u2028\u2029]*\|.*\n[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*(?:\n(?:[ \t]*\|)?[^\n\r|\u2028\u2029]*\|.*)*$/gm
const IMAGE = /!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>/g

/** The slide's Markdown with each code block, table, Mermaid diagram and image replaced by a marker. */
export function markProjectorOnly(markdown: string): string {
  return markdown
    .replace(FENCE, (_block, _indent: string, _fence: string, info: string) => {
      const language = info.trim().split(/[\s{]/)[0]
      return language === 'mermaid' ? marker('diagram') : marker('code', codeClicks(info))
    })
    .replace(TABLE, () => marker('table'))
    .replace(IMAGE, () => marker('image'))
}
