/** Slidev's built-in Mermaid gets the same font and security settings as the deck's own diagrams. */
import { defineMermaidSetup } from '@slidev/types'
import { mermaidConfig } from '../kit/slides/mermaidConfig'

export default defineMermaidSetup(() => mermaidConfig)
