import { parseArgs } from 'node:util'

export interface PresentOptions {
  /** Port asked for; 0 means any free port. */
  port: number
  /** Build even when dist/ is current. */
  rebuild: boolean
  help: boolean
}

/** Bad command-line input: shown as one line, exit code 2. */
export class PresentUsageError extends Error {
  override name = 'PresentUsageError'
}

export const PRESENT_USAGE = 'Usage: npm run present -- [--port N] [--rebuild]'
export const DEFAULT_PORT = 3030

/** Parses `npm run present`'s command line; throws PresentUsageError on anything else. */
export function parsePresentArgs(argv: readonly string[]): PresentOptions {
  let values
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  }
  catch (error) {
    // node:util explains some errors over two lines; the first says what is wrong.
    throw new PresentUsageError((error instanceof Error ? error.message : String(error)).split('\n')[0]!)
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || port > 65535))
    throw new PresentUsageError(`--port must be a whole number from 0 to 65535, got "${values.port}"`)
  return { port, rebuild: values.rebuild, help: values.help }
}

/** The two addresses an instructor opens: the projector's and their own. */
export function presentUrls(origin: string): { audience: string, presenter: string } {
  return { audience: `${origin}/1`, presenter: `${origin}/presenter/1` }
}
