/**
 * Slidev ships its client as TypeScript source written for looser compiler
 * options than ours, so type-checking it through an import fails. tsconfig's
 * `paths` points `@slidev/client/context.ts` here instead; at run time Vite still
 * loads Slidev's real module. Only what this project uses is declared.
 */
import type { ClicksContext } from '@slidev/types'

export function useSlideContext(): {
  $clicksContext: ClicksContext
}
