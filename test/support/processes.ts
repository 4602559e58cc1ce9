import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

interface ProcEntry {
  pid: number
  ppid: number
  pgid: number
  state: string
}

/** Every process as Linux's /proc lists it now. */
function processes(): ProcEntry[] {
  const entries: ProcEntry[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name))
      continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name may hold spaces: the fields after ')' are state, ppid, pgrp, …
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      entries.push({ pid: Number(name), ppid: Number(ppid), pgid: Number(pgid), state: state! })
    }
    catch {
      // Ended between the listing and the read.
    }
  }
  return entries
}

/** The processes started by `pid`, their children and so on (Chromium's own process group included). */
export function descendantsOf(pid: number): number[] {
  const all = processes()
  const found: number[] = []
  const stack = [pid]
  while (stack.length > 0) {
    const parent = stack.pop()!
    for (const entry of all.filter(e => e.ppid === parent)) {
      found.push(entry.pid)
      stack.push(entry.pid)
    }
  }
  return found
}

/** Processes of a process group, such as the one `npm run …` was started in. */
export function groupMembers(pgid: number): number[] {
  return processes().filter(e => e.pgid === pgid && e.state !== 'Z').map(e => e.pid)
}

/** Of these processes, the ones still running (a zombie has ended; it only waits to be reaped). */
export function stillRunning(pids: readonly number[]): number[] {
  const running = new Set(processes().filter(e => e.state !== 'Z').map(e => e.pid))
  return pids.filter(pid => running.has(pid))
}

/**
 * The processes still running once they had a while to end: a process killed with SIGKILL is
 * gone a moment after its killer exits, not at the same instant. Polls; returns as soon as none is left.
 */
export async function leftAfterExit(pids: readonly number[], withinMs = 5000): Promise<number[]> {
  const deadline = Date.now() + withinMs
  let left = stillRunning(pids)
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 100))
    left = stillRunning(pids)
  }
  return left
}

/** Resolves once the process prints a line containing `text` on stdout or stderr. */
export function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const read = (chunk: Buffer): void => {
      seen += chunk.toString()
      if (seen.includes(text))
        resolve()
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.on('exit', code => reject(new Error(`exited with ${code} before printing "${text}":\n${seen}`)))
  })
}
