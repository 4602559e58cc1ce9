import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface TreeSample {
  /** Resident memory of the process and all its live descendants, in bytes. */
  rssBytes: number
  /**
   * CPU time (user + system) used so far by the process and its descendants, live or ended,
   * in ms. Unlike wall time it barely moves when other work shares the machine.
   */
  cpuMs: number
}

let ticksPerSecond: number | undefined

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  return ticksPerSecond
}

/** Memory and CPU time of a process tree, read from Linux's /proc. */
export function sampleTree(rootPid: number): TreeSample {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  const cpuTicks = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry))
      continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name (field 2) may hold spaces, so split after ')': index 0 is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
      // Fields 14-17: utime, stime, and the same for children already waited for, so the time
      // of a descendant that ended is still counted, once, in its parent.
      cpuTicks.set(pid, [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0))
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      rss.set(pid, Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024)
    }
    catch {
      // The process ended between listing and reading: it holds no memory any more.
    }
  }
  let rssBytes = 0
  let ticks = 0
  const stack = [rootPid]
  while (stack.length > 0) {
    const pid = stack.pop()!
    rssBytes += rss.get(pid) ?? 0
    ticks += cpuTicks.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return { rssBytes, cpuMs: ticks * 1000 / clockTicks() }
}
