/**
 * Slidev's navigation composable, declared for the type check as slidev-client-context.d.ts does
 * for the slide context (tsconfig `paths`); Vite loads Slidev's real module. Only what the
 * classroom projector uses is declared.
 */
import type { ComputedRef } from 'vue'

export function useNav(): {
  currentSlideNo: ComputedRef<number>
  clicks: ComputedRef<number>
  go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
}
