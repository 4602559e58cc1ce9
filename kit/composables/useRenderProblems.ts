import type { Ref } from 'vue'
import { ref } from 'vue'

const problems = ref<string[]>([])

/** Records an error thrown while the deck rendered, to be shown on the slide (global-top.vue). */
export function reportRenderProblem(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  if (!problems.value.includes(message))
    problems.value = [...problems.value, message]
}

/** The errors thrown while the deck rendered, each once. */
export function useRenderProblems(): Readonly<Ref<readonly string[]>> {
  return problems
}
