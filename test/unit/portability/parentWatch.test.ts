import type { ProcessEntry } from '../../../tools/process/parentWatch'
import { describe, expect, it } from 'vitest'
import { brokenLink, parentChain } from '../../../tools/process/parentWatch'

/** Process tables as /proc showed them: `npm run export` → `sh -c node …` → node (dash does not exec). */
const underDash: Record<number, ProcessEntry> = {
  900: { name: 'bash', ppid: 800 },
  1000: { name: 'npm run export', ppid: 900 },
  1001: { name: 'sh', ppid: 1000 },
  1002: { name: 'node', ppid: 1001 },
}
/** The same after `kill -9 <npm>`: the shell was handed to init, the program's own parent is unchanged. */
const npmKilled: Record<number, ProcessEntry> = {
  900: { name: 'bash', ppid: 800 },
  1001: { name: 'sh', ppid: 1 },
  1002: { name: 'node', ppid: 1001 },
}
/** bash as /bin/sh (macOS) execs the lone command: npm is the program's parent. */
const underBash: Record<number, ProcessEntry> = {
  1000: { name: 'npm run export', ppid: 900 },
  1002: { name: 'node', ppid: 1000 },
}

const reader = (table: Record<number, ProcessEntry>) => (pid: number): ProcessEntry | undefined => table[pid]

describe('parentChain', () => {
  it('watches npm through the script shell it left in between', () => {
    expect(parentChain(1002, reader(underDash), true)).toEqual([{ pid: 1002, ppid: 1001 }, { pid: 1001, ppid: 1000 }])
  })

  it('watches only the parent when npm is the parent', () => {
    expect(parentChain(1002, reader(underBash), true)).toEqual([{ pid: 1002, ppid: 1000 }])
  })

  it('does not watch past a shell the user typed the command into', () => {
    const typed = { 900: { name: 'bash', ppid: 800 }, 1002: { name: 'node', ppid: 900 } }
    expect(parentChain(1002, reader(typed), false)).toEqual([{ pid: 1002, ppid: 900 }])
  })
})

describe('brokenLink', () => {
  const links = parentChain(1002, reader(underDash), true)

  it('holds while npm and its shell run', () => {
    expect(brokenLink(links, reader(underDash))).toBeUndefined()
  })

  it('breaks when npm is killed outright and only its shell is left', () => {
    expect(brokenLink(links, reader(npmKilled))).toEqual({ pid: 1001, ppid: 1000 })
  })

  it('breaks when the parent ended and the program was handed to init', () => {
    expect(brokenLink(links, reader({ 1002: { name: 'node', ppid: 1 } }))).toEqual({ pid: 1002, ppid: 1001 })
  })
})
