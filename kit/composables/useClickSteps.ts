import type { Ref } from 'vue'
import { useSlideContext } from '@slidev/client/context.ts'
import { onMounted, onUnmounted, readonly, ref, watchEffect } from 'vue'
import { reachedSteps } from '../slides/clickSteps'

let nextId = 0

/**
 * Registers `steps` clicks on the current slide and returns how many of them
 * the presenter has reached (0 … steps). The final state (steps) is returned
 * when clicks are disabled, as in print and PDF export.
 *
 * This is the one place components learn about Slidev clicks, so presenter and
 * projector windows (which Slidev keeps in sync) always agree.
 */
export function useClickSteps(steps: number): Readonly<Ref<number>> {
  const { $clicksContext: clicks } = useSlideContext()
  const reached = ref(0)
  const id = `click-steps-${nextId++}`

  // Registered on mount, as Slidev's own v-switch does, so the order of
  // registration follows the order of elements on the slide.
  onMounted(() => {
    if (steps <= 0)
      return
    const info = clicks.calculateSince('+1', steps)
    if (!info) {
      reached.value = steps
      return
    }
    clicks.register(id, info)
    watchEffect(() => {
      reached.value = reachedSteps(info.currentOffset.value, steps)
    })
  })
  onUnmounted(() => clicks.unregister(id))

  return readonly(reached)
}
