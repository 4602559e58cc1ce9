import type { MermaidConfig } from 'mermaid'
import type { DiagramMemo } from '../slides/diagramMemo'
import { DIAGRAM_MEMO_GLOBAL, diagramKey, keptSvg, svgFromMemo } from '../slides/diagramMemo'
import { diagramFontFamily } from '../slides/mermaidConfig'
import { loadMermaid } from './loadMermaid'

/**
 * Loads the font faces that cover every character of `text`. Noto Sans SC is
 * split into unicode-range subsets that load only when used, and Mermaid sizes
 * each label box from a measurement: measured in a fallback font, Chinese
 * labels come out clipped.
 */
export async function loadDiagramFonts(text: string): Promise<void> {
  await Promise.all([
    document.fonts.load(`16px ${diagramFontFamily}`, text),
    document.fonts.load(`bold 16px ${diagramFontFamily}`, text),
  ])
  await document.fonts.ready
}

/**
 * The one way the deck draws Mermaid text (<MermaidDiagram> and Slidev's ```mermaid blocks): after
 * the fonts its labels need have loaded, with `config`, as the SVG of an element with this `id`.
 * Rejects with Mermaid's message when the text does not parse. In an export's print view, a
 * diagram the last export drew with the same text and settings is taken from its memo
 * (kit/slides/diagramMemo.ts), and every diagram is noted for the next.
 */
export async function renderMermaid(id: string, text: string, config: MermaidConfig): Promise<string> {
  const memo = (globalThis as Record<string, unknown>)[DIAGRAM_MEMO_GLOBAL] as DiagramMemo | undefined
  const key = diagramKey(config, text)
  const known = memo?.known[key]
  if (memo && known !== undefined) {
    memo.drawn[key] = known
    return svgFromMemo(known, id)
  }
  await loadDiagramFonts(text)
  const mermaid = await loadMermaid()
  mermaid.initialize(config)
  // Parse first: a failed render() leaves Mermaid's error graphic in the page.
  await mermaid.parse(text)
  const { svg } = await mermaid.render(id, text)
  if (memo)
    memo.drawn[key] = keptSvg(svg, id)
  return svg
}
