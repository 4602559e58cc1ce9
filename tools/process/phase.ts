import process from 'node:process'

/** Names of the points where a program can be held for a test (DECK_TEST_PAUSE_AT). */
export type Phase
  = | 'building'
    | 'browser-starting'
    | 'rendering:slides.pdf'
    | 'rendering:handout.pdf'
    | 'rendering:speaker-notes.pdf'
    | 'composing'
    | 'committing'

/**
 * Marks a phase of a long-running program: stops at once when the program was asked to stop.
 *
 * Test seam: with DECK_TEST_PAUSE_AT set to this phase, the program says `paused at <phase>` on
 * stderr and waits there until it is stopped, so a test can deliver a real signal at exactly this
 * point instead of guessing a delay. The real signal handler does the rest.
 */
export async function phase(name: Phase, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted()
  if (process.env.DECK_TEST_PAUSE_AT !== name)
    return
  process.stderr.write(`paused at ${name}\n`)
  await new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}
