import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { sampleTree } from './processTree'

export interface Command {
  /** Short name for tables. */
  name: string
  argv: string[]
  cwd: string
  /** Runs before each run, outside the timed part (to put the machine in the state the side stands for). */
  prepare?: () => void
}

export interface Measurement {
  wallMs: number
  peakRssBytes: number
  /** CPU time of the process tree, as last sampled before it ended (up to one interval short). */
  cpuMs: number
}

/** Runs a command to its end, timing it and sampling its process tree's memory every `sampleMs`. */
export function measure(command: Command, sampleMs = 50): Promise<Measurement> {
  command.prepare?.()
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const [file, ...args] = command.argv
    const child = spawn(file!, args, { cwd: command.cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    let peak = 0
    let cpuMs = 0
    const timer = setInterval(() => {
      if (!child.pid)
        return
      const sample = sampleTree(child.pid)
      peak = Math.max(peak, sample.rssBytes)
      cpuMs = Math.max(cpuMs, sample.cpuMs)
    }, sampleMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      const wallMs = performance.now() - started
      if (code !== 0)
        reject(new Error(`${command.name} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`))
      else
        resolve({ wallMs, peakRssBytes: peak, cpuMs })
    })
  })
}
