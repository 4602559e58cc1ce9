import type { MermaidConfig } from 'mermaid'

/**
 * Diagrams an export drew before, handed back to its print view: an export right after an edit
 * then neither loads Mermaid nor draws the diagrams again, unless their text changed. The page
 * finds the memo under DIAGRAM_MEMO_GLOBAL only when the export put it there
 * (tools/export/diagramMemo.ts decides when it is valid); presenting and the classroom draw
 * every diagram.
 */
export interface DiagramMemo {
  /** SVGs by diagramKey, as the last export drew them, their id replaced by DIAGRAM_ID_PLACEHOLDER. */
  known: Record<string, string>
  /** What this page drew or reused, the same way: the memo of the next export. */
  drawn: Record<string, string>
}

export const DIAGRAM_MEMO_GLOBAL = '__deckDiagramMemo'

/** Stands for the diagram's element id in a kept SVG: Mermaid writes it into the SVG's styles and marker references. */
export const DIAGRAM_ID_PLACEHOLDER = '__deck_diagram_id__'

/** A diagram's identity: its text and every setting Mermaid draws it with. */
export function diagramKey(config: MermaidConfig, text: string): string {
  return JSON.stringify([config, text])
}

/** The SVG Mermaid drew for element `id`, as kept in a memo. */
export function keptSvg(svg: string, id: string): string {
  return svg.split(id).join(DIAGRAM_ID_PLACEHOLDER)
}

/** A kept SVG, for element `id`. */
export function svgFromMemo(kept: string, id: string): string {
  return kept.split(DIAGRAM_ID_PLACEHOLDER).join(id)
}
