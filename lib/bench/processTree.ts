import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory, in bytes, of a process and all its descendants, read from Linux's /proc. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry))
      continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, so split after ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      rss.set(pid, Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024)
    }
    catch {
      // The process ended between listing and reading: it holds no memory any more.
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}
