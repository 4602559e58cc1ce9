import type { ParseArgsConfig } from 'node:util'
import { parseArgs } from 'node:util'

/** Bad command-line input: the scripts print it as one line and exit with code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

type Options = NonNullable<ParseArgsConfig['options']>

/** Strict flags only (no positionals); node:util's complaint becomes a one-line UsageError. */
export function parseCommandLine<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }).values
  }
  catch (error) {
    // node:util explains some errors over two lines; the first says what is wrong.
    throw new UsageError((error instanceof Error ? error.message : String(error)).split('\n')[0]!)
  }
}

/** A `--port` value: a whole number from 0 (any free port) to 65535, or `fallback` when absent. */
export function parsePortOption(value: string | undefined, fallback: number): number {
  if (value === undefined)
    return fallback
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`)
  return port
}
