import type { Buffer } from 'node:buffer'
import type { Phase } from '../process/phase'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { median, percentile } from './stats'

/** The export's phases after its build (the build phase needs an edited deck; see test/export/interrupt.test.ts). */
export const STOP_PHASES: readonly Phase[] = ['browser-starting', 'rendering:slides.pdf', 'rendering:handout.pdf', 'rendering:speaker-notes.pdf', 'composing', 'committing']

export interface StopLatency {
  phase: Phase
  /** Signal sent → process gone, in ms, one per run. */
  runsMs: number[]
}

/** One export held at `phase` (DECK_TEST_PAUSE_AT), then SIGINT: the time until it has exited. */
function stopOnce(root: string, phase: Phase, out: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--out', out], {
    cwd: root,
    env: { ...process.env, DECK_TEST_PAUSE_AT: phase },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let sent = 0
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (!sent && stderr.includes(`paused at ${phase}`)) {
        sent = performance.now()
        child.kill('SIGINT')
      }
    })
    child.on('exit', (code) => {
      if (!sent || code !== 130)
        reject(new Error(`export held at ${phase} ended with ${code} before or despite SIGINT:\n${stderr}`))
      else
        resolve(performance.now() - sent)
    })
  })
}

/** `runs` stops per phase (the print build must be current: run an export first). */
export async function measureStopLatency(root: string, runs: number, progress: (line: string) => void): Promise<StopLatency[]> {
  const out = mkdtempSync(join(tmpdir(), 'bench-stop-'))
  try {
    const results: StopLatency[] = []
    for (const phase of STOP_PHASES) {
      const runsMs: number[] = []
      for (let run = 0; run < runs; run++)
        runsMs.push(await stopOnce(root, phase, out))
      progress(`  stop at ${phase}: ${runsMs.map(ms => Math.round(ms)).join(', ')} ms`)
      results.push({ phase, runsMs })
    }
    return results
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/** Per phase and over all runs: median and p99 of signal → exit. */
export function formatStopTable(results: readonly StopLatency[]): string {
  const row = (name: string, values: number[]) => `| ${name} | ${values.length} | ${Math.round(median(values))} ms | ${Math.round(percentile(values, 99))} ms |`
  return [
    '| stopped at | runs | p50 | p99 |',
    '| --- | --- | --- | --- |',
    ...results.map(result => row(result.phase, result.runsMs)),
    row('all phases', results.flatMap(result => result.runsMs)),
  ].join('\n')
}
