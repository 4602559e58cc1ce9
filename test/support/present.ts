import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { root } from './root'

export interface Served {
  /** The audience's (or in classroom mode the projector's) first slide. */
  audience: string
  /** Its origin. */
  origin: string
  /** The presenter view's address; classroom mode prints the remote's link instead. */
  presenter: string | undefined
  /** Everything it printed up to then. */
  output: string
  /** SIGTERM, then waits for it to exit. */
  stop: () => Promise<void>
}

/**
 * `npm run present -- ARGS` as a user starts it in `cwd`, without npm's own lines; resolves once
 * it prints where it serves, rejects with its output when it exits first.
 */
export function present(args: readonly string[], cwd = root): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<void>(resolve => child.on('exit', () => resolve()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const audience = /Audience[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
      const presenter = /Presenter[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
      const projector = /PROJECTOR[^\n]*?(http:\/\/\S+)/.exec(output)?.[1]
      const shown = projector ?? (presenter ? audience : undefined)
      if (shown)
        resolve({ audience: shown, origin: new URL(shown).origin, presenter: projector ? undefined : presenter, output, stop })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    void exited.then(() => reject(new Error(`present exited with ${child.exitCode}:\n${output}`)))
  })
}
