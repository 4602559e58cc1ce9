import { spawn } from 'node:child_process'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { nodeArgsOfScript } from '../../../tools/cli/npmScript'
import { finished } from '../../support/exportRun'
import { descendantsOf, leftAfterExit } from '../../support/processes'
import { root } from '../../support/root'

describe('npm run build\'s builder, started before the command loads', () => {
  it('is started at once, and ends with the command when no build is asked for (a bad argument)', async () => {
    const command = spawn(process.execPath, [...nodeArgsOfScript(root, 'build'), '--no-such-flag'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    const ended = finished(command)
    // The builder starts before tsx loads, so it is there well before the command can answer.
    let builders: number[] = []
    for (let tries = 0; builders.length === 0 && tries < 100 && command.exitCode === null; tries++) {
      builders = descendantsOf(command.pid!)
      await new Promise(resolve => setTimeout(resolve, 10))
    }
    const { code, stderr } = await ended
    expect(code).toBe(2)
    expect(stderr).toContain('build: takes one lesson entry at most')
    expect(builders.length).toBeGreaterThan(0)
    expect(await leftAfterExit(builders)).toEqual([])
  }, 30_000)
})
