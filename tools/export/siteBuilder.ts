import type { Buffer } from 'node:buffer'
import type { PrintSiteDeck } from './printSite'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { stopChild } from '../process/stopChild'

/** The builder script, relative to the project root: how the site is built is an input of the site too. */
export const SITE_BUILDER = join('tools', 'export', 'buildPrintSite.mjs')

export interface SiteBuild {
  /** The deck as the builder parsed it, known well before the site is built. */
  deck: Promise<PrintSiteDeck>
  /** Resolves when the site is complete in its folder; rejects with the builder's own words. */
  done: Promise<void>
  /** Stops the build if it is still running; resolves once the builder has exited. */
  stop: () => Promise<void>
}

function isDeckMessage(message: unknown): message is { deck: PrintSiteDeck } {
  const deck = (message as { deck?: Partial<PrintSiteDeck> } | null)?.deck
  return Array.isArray(deck?.slides) && typeof deck.canvasWidth === 'number' && typeof deck.aspectRatio === 'number'
}

/** The builder script, beside this file wherever the tools live. */
export const SITE_BUILDER_SCRIPT = fileURLToPath(new URL('./buildPrintSite.mjs', import.meta.url))

/**
 * Starts tools/export/buildPrintSite.mjs in plain Node (see there for why a child process) to
 * build the deck's print site from `entry` into `outDir`. What the builder writes to stderr is
 * passed to `warn` when it succeeds and is the error's message when it fails. When `signal`
 * fires, the builder is stopped at once.
 */
export function startSiteBuild(root: string, entry: string, outDir: string, warn: (text: string) => void, signal: AbortSignal): SiteBuild {
  signal.throwIfAborted()
  const child = spawn(process.execPath, [SITE_BUILDER_SCRIPT, entry, outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', code => resolve(code))
  })
  const failure = (code: number | null): Error =>
    new Error(`building the deck for print failed${code === null ? ' (stopped)' : ''}:\n${stderr.trim() || `the builder exited with code ${code}`}`)

  const deck = new Promise<PrintSiteDeck>((resolve, reject) => {
    child.on('message', (message) => {
      if (isDeckMessage(message))
        resolve(message.deck)
    })
    exited.then(code => reject(failure(code)), reject)
  })
  const done = exited.then((code) => {
    if (code !== 0)
      throw failure(code)
    if (stderr.trim())
      warn(stderr.trim())
  })
  // Awaited by the caller at different times; keep an early failure from counting as unhandled.
  deck.catch(() => undefined)
  done.catch(() => undefined)

  const stop = async (): Promise<void> => {
    await stopChild(child)
    await exited.catch(() => undefined)
  }
  signal.addEventListener('abort', () => void stop(), { once: true })
  return { deck, done, stop }
}
