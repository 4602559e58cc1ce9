import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * A file's text once its writer is done with it, read on a watcher's change event. A save that
 * truncates and then writes can be seen in between, as an empty file, and the watcher sends no
 * second event for the write (chokidar drops changes to a path within 50 ms of the last): an
 * empty read is tried again a few times, as Vite does for the files it hot-updates.
 */
export async function readSaved(file: string, tries = 10, waitMs = 20): Promise<string> {
  let text = await readFile(file, 'utf8')
  for (let tried = 0; text === '' && tried < tries; tried++) {
    await sleep(waitMs)
    text = await readFile(file, 'utf8')
  }
  return text
}
