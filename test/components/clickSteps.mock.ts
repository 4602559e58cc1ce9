import { ref } from 'vue'

/**
 * Stands in for Slidev's click state: tests set `clickStep.value` to the
 * number of clicks the presenter has made.
 */
export const clickStep = ref(0)
export const requestedSteps: number[] = []

export function useClickSteps(steps: number) {
  requestedSteps.push(steps)
  return clickStep
}
