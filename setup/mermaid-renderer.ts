/**
 * Slidev's ```mermaid blocks drawn as the kit's <MermaidDiagram> is: after the font faces their
 * labels need have loaded (else Chinese labels are measured in a fallback font and clipped), with
 * the deck's Mermaid configuration, and an invalid diagram shown as a readable message that the
 * export refuses to print (kit/slides/mermaidErrorSvg.ts).
 */
import { defineMermaidRendererSetup } from '@slidev/types'
import { renderMermaid } from '../kit/composables/renderMermaid'
import { diagramLabels } from '../kit/labels'
import { mermaidConfig } from '../kit/slides/mermaidConfig'
import { isLoadFailure, mermaidErrorSvg } from '../kit/slides/mermaidErrorSvg'

let renderCount = 0

export default defineMermaidRendererSetup(() => async (code, options) => {
  try {
    // A block's own options (`{scale: 0.8}`) win; those Slidev leaves undefined keep the deck's.
    const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
    return await renderMermaid(`deck-native-diagram-${++renderCount}`, code, { ...mermaidConfig, ...given, startOnLoad: false })
  }
  catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    console.error(`Mermaid diagram failed to render: ${message}\n${code}`)
    return mermaidErrorSvg(isLoadFailure(message) ? diagramLabels.loadError : diagramLabels.syntaxError, message)
  }
})
