/**
 * A classroom server in a child process (scripts/classroom-serve.ts) on loopback, for the
 * integration tests and the bench: they measure it from outside and `kill -9` it.
 */
import type { ChildProcess } from 'node:child_process'
import type { ServerReady, ServerSetup } from './serverSetup'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { createInterface } from 'node:readline'
import { serverReadySchema } from './serverSetup'

export class ChildServer {
  private constructor(readonly child: ChildProcess, readonly ready: ServerReady) {}

  /** Starts the server of project `root` with `setup`; resolves once it listens. */
  static async start(root: string, setup: ServerSetup): Promise<ChildServer> {
    const file = join(mkdtempSync(join(tmpdir(), 'class-child-')), 'setup.json')
    writeFileSync(file, JSON.stringify(setup))
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/classroom-serve.ts'), file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve)
      child.once('exit', code => reject(new Error(`the classroom server exited (${code}) before listening`)))
    })
    return new ChildServer(child, serverReadySchema.parse(JSON.parse(line)))
  }

  get pid(): number {
    return this.child.pid!
  }

  /** `kill -9`: no chance to flush or close anything. */
  kill9(): Promise<void> {
    return this.signalAndWait('SIGKILL')
  }

  /** A normal stop (SIGTERM): the server closes its sockets and the log. */
  stop(): Promise<void> {
    return this.signalAndWait('SIGTERM')
  }

  /** Sends `signal` unless the child is gone already, and resolves once it has exited. */
  private async signalAndWait(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null)
      return
    const exited = new Promise(resolve => this.child.once('exit', resolve))
    this.child.kill(signal)
    await exited
  }
}
