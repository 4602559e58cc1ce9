import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeLeftovers } from '../../../kit/fs/replaceAtomically'
import { buildInto, builtFrom, isBuildCurrent } from '../../../tools/build/buildCache'

let root: string
let dir: string
const cleanups: Array<() => Promise<unknown>> = []
const options = (signal = new AbortController().signal) => ({ signal, onCleanup: (task: () => Promise<unknown>) => void cleanups.push(task) })

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-cache-'))
  dir = join(root, 'dist')
})

afterEach(async () => {
  for (const task of cleanups.splice(0))
    await task()
  rmSync(root, { recursive: true, force: true })
})

const writeSite = (text: string) => async (temp: string) => writeFileSync(join(temp, 'index.html'), text)

describe('buildInto', () => {
  it('puts a complete build in place, stamped with its inputs', async () => {
    await buildInto(dir, 'hash-1', writeSite('one'), options())
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('one')
    expect(isBuildCurrent(dir, 'hash-1')).toBe(true)
    expect(isBuildCurrent(dir, 'hash-2')).toBe(false)
    expect(readdirSync(root)).toEqual(['dist'])
  })

  it('keeps the last good build when a build fails', async () => {
    await buildInto(dir, 'hash-1', writeSite('one'), options())
    await expect(buildInto(dir, 'hash-2', async (temp) => {
      writeFileSync(join(temp, 'index.html'), 'half')
      throw new Error('compile error')
    }, options())).rejects.toThrow('compile error')
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('one')
    expect(builtFrom(dir)).toBe('hash-1')
  })

  it('puts nothing in place once stopped, even a build that finished', async () => {
    await buildInto(dir, 'hash-1', writeSite('one'), options())
    const stop = new AbortController()
    await expect(buildInto(dir, 'hash-2', async (temp) => {
      writeFileSync(join(temp, 'index.html'), 'two')
      stop.abort(new Error('SIGINT'))
    }, options(stop.signal))).rejects.toThrow('SIGINT')
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('one')
  })

  it('removes what a build killed outright left, and nothing of a live one', async () => {
    const dead = join(root, '.dist.999999999.0a1b2c3d.tmp')
    const live = join(root, `.dist.${process.pid}.0a1b2c3d.tmp`)
    mkdirSync(dead)
    mkdirSync(live)
    await removeLeftovers(dir)
    expect(existsSync(dead)).toBe(false)
    expect(existsSync(live)).toBe(true)
  })
})
