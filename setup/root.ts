/**
 * The presenter view's and overview's speaker notes scroll, but Slidev renders them as a plain
 * div that the keyboard cannot reach (axe: scrollable-region-focusable). Each one gets a tab
 * stop and a name as it appears.
 */
import { defineRootSetup } from '@slidev/types'
import { onMounted, onUnmounted } from 'vue'
import { notesLabels } from '../kit/labels'

function makeNotesFocusable(root: ParentNode): void {
  for (const note of root.querySelectorAll<HTMLElement>('.slidev-note:not([tabindex])')) {
    note.tabIndex = 0
    note.setAttribute('role', 'region')
    note.setAttribute('aria-label', notesLabels.region)
  }
}

export default defineRootSetup(() => {
  let observer: MutationObserver | undefined
  onMounted(() => {
    makeNotesFocusable(document)
    observer = new MutationObserver(() => makeNotesFocusable(document))
    observer.observe(document.body, { childList: true, subtree: true })
  })
  onUnmounted(() => observer?.disconnect())
})
