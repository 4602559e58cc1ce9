import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import process from 'node:process'
import { root } from './root'

export interface Finished {
  code: number | null
  /** The exit status a shell shows for it (`$?`): the code, or 128 + the signal that ended it. */
  status: number
  stdout: string
  stderr: string
}

/** Starts `npm run export` the way a user does (without npm's own output), in the project root or `cwd`. */
export function startExport(args: string[], env: Record<string, string | undefined> = {}, cwd = root): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise(resolve => child.on('close', (code, signal) => resolve({ code, status: code ?? 128 + constants.signals[signal!], stdout, stderr })))
}

export function runExport(args: string[], env: Record<string, string | undefined> = {}, cwd = root): Promise<Finished> {
  return finished(startExport(args, env, cwd))
}
