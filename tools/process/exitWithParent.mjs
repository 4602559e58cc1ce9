// @ts-check
/**
 * Preloaded (`node --import`) into the build processes the deck's programs start: the build ends
 * when the program that started it is gone, however it ended (a SIGKILL included), rather than
 * running on as an orphan. A changed ppid means the parent died: Linux and macOS hand orphans to
 * init. Windows keeps the dead parent's id as ppid, so there the parent must also still be alive.
 */
import process from 'node:process'

const parent = process.ppid

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    // EPERM: it exists, under another user.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM'
  }
}

setInterval(() => {
  if (process.ppid !== parent || !alive(parent))
    process.exit(1)
}, 250).unref()
