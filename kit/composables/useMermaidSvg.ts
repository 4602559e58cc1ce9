import type { MaybeRefOrGetter, Ref } from 'vue'
import { onMounted, ref, toValue, watch } from 'vue'
import { mermaidConfig } from '../slides/mermaidConfig'
import { renderMermaid } from './renderMermaid'

export type MermaidStatus = 'pending' | 'rendered' | 'error'

export interface MermaidSvg {
  /** The rendered SVG markup, once ready. */
  svg: Ref<string | null>
  /** Mermaid's message when the text does not parse or render. */
  error: Ref<string | null>
  status: Ref<MermaidStatus>
}

let renderCount = 0

/**
 * Renders Mermaid text to SVG in the browser, after the fonts its labels need
 * have loaded. A syntax error is kept as a message (and logged, so the browser
 * tests fail) instead of leaving a blank space on the slide.
 */
export function useMermaidSvg(code: MaybeRefOrGetter<string>): MermaidSvg {
  const svg = ref<string | null>(null)
  const error = ref<string | null>(null)
  const status = ref<MermaidStatus>('pending')

  async function render(text: string): Promise<void> {
    status.value = 'pending'
    try {
      svg.value = await renderMermaid(`deck-diagram-${++renderCount}`, text, mermaidConfig)
      error.value = null
      status.value = 'rendered'
    }
    catch (cause) {
      svg.value = null
      error.value = cause instanceof Error ? cause.message : String(cause)
      status.value = 'error'
      console.error(`Mermaid diagram failed to render: ${error.value}\n${text}`)
    }
  }

  onMounted(() => {
    watch(() => toValue(code), text => void render(text), { immediate: true })
  })

  return { svg, error, status }
}
