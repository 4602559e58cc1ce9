/**
 * Whether the program that started this one is gone. npm runs a script through a shell
 * (`sh -c …` here, `cmd.exe /d /s /c …` on Windows); bash execs a lone command, but dash (Debian's
 * /bin/sh) and cmd.exe stay in between and outlive npm. So when the parent is npm's script shell,
 * the shell's own parent is watched too: npm killed outright (SIGKILL) leaves the shell behind, and
 * the shell's changed parent is the only trace of it.
 */
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { isProcessAlive } from './alive'

/** What the watch needs to know of a process. */
export interface ProcessEntry {
  /** Its parent's id. */
  ppid: number
  /** Its executable's name, as /proc/<pid>/stat gives it (`sh`, `node`, `npm run present`). */
  name: string
}

/** One link of the chain the program lives under: while it holds, `pid`'s parent is `ppid`. */
export interface ParentLink {
  pid: number
  ppid: number
}

/** Shells npm may run a script through on Linux (its `script-shell`); cmd.exe is not seen: no /proc. */
const SCRIPT_SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ash', 'ksh'])

/**
 * The links to watch for `self`: its own, plus its parent's when the parent is npm's script shell
 * (`startedByNpm`: npm sets npm_lifecycle_event for the script's processes). A shell the user typed
 * the command into is not a script shell: its parent (a terminal) is not watched.
 */
export function parentChain(self: number, read: (pid: number) => ProcessEntry | undefined, startedByNpm: boolean): ParentLink[] {
  const me = read(self)
  if (!me)
    return []
  const links = [{ pid: self, ppid: me.ppid }]
  const parent = read(me.ppid)
  if (startedByNpm && parent && SCRIPT_SHELLS.has(parent.name) && parent.ppid > 1)
    links.push({ pid: me.ppid, ppid: parent.ppid })
  return links
}

/** The first link that no longer holds (its process ended or was handed to another parent). */
export function brokenLink(links: readonly ParentLink[], read: (pid: number) => ProcessEntry | undefined): ParentLink | undefined {
  return links.find(link => read(link.pid)?.ppid !== link.ppid)
}

/** A process as Linux's /proc shows it; undefined when it has ended or there is no /proc (macOS, Windows). */
function readProc(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The name sits in parentheses and may hold spaces; the fields after it are state, ppid, …
    const close = stat.lastIndexOf(')')
    return { name: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(stat.slice(close + 2).split(' ')[1]) }
  }
  catch {
    return undefined
  }
}

/**
 * This machine's view of a process. For this process itself, `process.ppid` answers on every
 * system; Windows never changes it when the parent dies (there is no reparenting), so there a
 * parent that is no longer alive counts as a changed one.
 */
function readLive(pid: number): ProcessEntry | undefined {
  if (pid !== process.pid)
    return readProc(pid)
  const ppid = process.ppid
  return { name: 'node', ppid: isProcessAlive(ppid) ? ppid : 0 }
}

/**
 * Calls `onGone` once when the program that started this one is gone, however it ended (SIGKILL
 * included). Polls every `pollMs`; the timer does not keep the program alive.
 */
export function watchParent(onGone: () => void, pollMs: number): void {
  const links = parentChain(process.pid, readLive, process.env.npm_lifecycle_event !== undefined)
  const timer = setInterval(() => {
    if (brokenLink(links, readLive)) {
      clearInterval(timer)
      onGone()
    }
  }, pollMs)
  timer.unref()
}
