import type { ChildProcess } from 'node:child_process'

/** How long a child gets to end after SIGTERM before it is killed outright. */
const TERM_GRACE_MS = 1000

/** Ends `child` (SIGTERM, then SIGKILL) and resolves once it has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), TERM_GRACE_MS)
  await exited
  clearTimeout(timer)
}
