import type { ChildProcess } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import process from 'node:process'

/**
 * Ends a child started with `detached: true` and everything it started: its process group on
 * Linux and macOS; on Windows, which has no process groups (and where a signal to a pid kills that
 * one process outright), its process tree, through taskkill.
 */
export function stopTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
    return
  if (process.platform === 'win32')
    spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
  else
    process.kill(-child.pid, signal)
}
