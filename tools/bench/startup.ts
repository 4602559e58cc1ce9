import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-core'
import type { Command } from './measure'
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { stopTree } from '../process/stopTree'
import { timeToFirstSlide } from './firstSlide'

/**
 * Milliseconds from starting `command` (a server that prints its address) until slide 1 is on
 * screen in `browser`, already open as an instructor's would be: the wait before class. `urlOf`
 * finds the deck's address in what the command has printed so far. The server is stopped after.
 */
export async function measureStartup(browser: Browser, command: Command, urlOf: (output: string) => string | undefined, timeoutMs = 120_000): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const started = performance.now()
  const [file, ...args] = command.argv
  // Its own process group, so stopping it stops npm's children too.
  const child = spawn(file!, args, { cwd: command.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`${command.name} printed no address within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        const found = urlOf(output)
        if (found) {
          clearTimeout(timer)
          resolve(found)
        }
      }
      child.stdout.on('data', read)
      child.stderr.on('data', read)
      child.on('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`${command.name} exited with ${code} before serving:\n${output}`))
      })
    })
    return await timeToFirstSlide(page, url, started)
  }
  finally {
    await context.close()
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      stopTree(child)
      await exited
    }
  }
}
