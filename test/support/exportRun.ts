import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { root } from './root'

export { root }

export interface Finished {
  code: number | null
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
  return new Promise(resolve => child.on('close', code => resolve({ code, stdout, stderr })))
}

export function runExport(args: string[], env: Record<string, string | undefined> = {}, cwd = root): Promise<Finished> {
  return finished(startExport(args, env, cwd))
}
