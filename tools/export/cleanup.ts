/**
 * Things to undo when the export ends, however it ends (success, error, Ctrl-C): run in reverse
 * order of registration, each at most once, one failure not stopping the others.
 */
export class Cleanup {
  private readonly tasks: Array<() => Promise<unknown>> = []
  private running: Promise<void> | undefined

  add(task: () => Promise<unknown>): void {
    this.tasks.push(task)
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      while (this.tasks.length > 0) {
        const task = this.tasks.pop()!
        await task().catch(() => undefined)
      }
    })()
    return this.running
  }
}
