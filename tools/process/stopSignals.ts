import process from 'node:process'
import { Cleanup } from '../export/cleanup'
import { watchParent } from './parentWatch'

/** Why a program was asked to stop: a signal, or the process that started it went away. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGBREAK' | 'parent gone'

/** Exit codes as a shell reports a process ended by the signal: 128 + its number. */
export const STOP_EXIT_CODES: Record<StopReason, number> = {
  'SIGINT': 130,
  'SIGTERM': 143,
  'SIGHUP': 129,
  // Windows' Ctrl-Break (signal 21 there).
  'SIGBREAK': 149,
  'parent gone': 129,
}

/** The reason an AbortSignal of `handleStopSignals` carries. */
export class Interrupted extends Error {
  override name = 'Interrupted'
  constructor(readonly reason: StopReason) {
    super(`interrupted (${reason})`)
  }
}

export function isInterrupted(error: unknown): error is Interrupted {
  return error instanceof Interrupted
}

export interface StopHandling {
  /** Fires once, on the first stop request; every build, browser and write of the program watches it. */
  signal: AbortSignal
  /** Undo steps, run once however the program ends. */
  cleanup: Cleanup
  /**
   * Ends the program with `code` after the cleanup. When a stop request came first, the stop
   * handler owns the ending (its exit code, its cleanup) and this never returns.
   */
  finish: (code: number) => Promise<never>
}

export interface StopOptions {
  /** Printed on stderr when the stop begins, e.g. "export: SIGINT, stopping; previous PDFs are kept". */
  message: (reason: StopReason) => string
  /** The cleanup's upper bound: past it the program exits anyway (what is left, the next run removes). */
  graceMs?: number
  /** How often to check that the parent process is still there. */
  parentPollMs?: number
}

const never = new Promise<never>(() => {})

/**
 * One cancellation for the whole program: the first SIGINT, SIGTERM, SIGHUP or SIGBREAK, or the
 * death of the parent process, aborts `signal`, runs the cleanup and exits 130, 143, 129 or 149.
 * Later signals are ignored (a Ctrl-C reaches the program twice under npm: from the terminal and
 * forwarded). On Windows, Ctrl-C arrives as SIGINT, Ctrl-Break as SIGBREAK and a closed console
 * window as SIGHUP (Windows ends the program some seconds later, cleanup or not).
 *
 * The parent is watched by polling (./parentWatch.ts), not through stdin, which may be /dev/null
 * or a terminal that outlives the parent.
 */
export function handleStopSignals(options: StopOptions): StopHandling {
  const controller = new AbortController()
  const cleanup = new Cleanup()
  const stop = (reason: StopReason): void => {
    if (controller.signal.aborted)
      return
    controller.abort(new Interrupted(reason))
    process.stderr.write(`${options.message(reason)}\n`)
    const code = STOP_EXIT_CODES[reason]
    setTimeout(() => process.exit(code), options.graceMs ?? 5000).unref()
    void cleanup.run().finally(() => process.exit(code))
  }
  // SIGBREAK can be listened for everywhere; only Windows sends it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const)
    process.on(signal, () => stop(signal))
  watchParent(() => stop('parent gone'), options.parentPollMs ?? 250)

  return {
    signal: controller.signal,
    cleanup,
    async finish(code) {
      if (controller.signal.aborted)
        return never
      await cleanup.run()
      if (controller.signal.aborted)
        return never
      process.exit(code)
    },
  }
}

/** `promise`, or a rejection with the stop reason as soon as `signal` fires, whichever is first. */
export function unlessStopped<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted)
    return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
