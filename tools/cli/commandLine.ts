import type { ParseArgsConfig } from 'node:util'
import { parseArgs } from 'node:util'

/** Bad command-line input: the scripts print it as one line and exit with code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * `--port -1` as `--port=-1`: node:util takes a value that starts with a dash for another option
 * and explains so over three lines; joined, the value reaches its own check and its clear message.
 */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const joined: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([\w-]+)$/.exec(argv[i]!)?.[1]
    const next = argv[i + 1]
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${argv[i]}=${next}`)
      i++
    }
    else {
      joined.push(argv[i]!)
    }
  }
  return joined
}

/** Strict flags only (no positionals); node:util's complaint becomes a one-line UsageError. */
export function parseCommandLine<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), strict: true, allowPositionals: false, options }).values
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
  if (!/^\d+$/.test(value.trim()) || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`)
  return port
}
