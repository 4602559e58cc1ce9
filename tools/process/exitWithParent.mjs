// @ts-check
/**
 * Preloaded (`node --import`) into the build processes the deck's programs start: the build ends
 * when the program that started it is gone, however it ended (a SIGKILL included), rather than
 * running on as an orphan. A changed ppid means the parent died: Linux hands orphans to init.
 */
import process from 'node:process'

const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent)
    process.exit(1)
}, 250).unref()
