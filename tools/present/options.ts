import { parseCommandLine, parsePortOption } from '../cli/commandLine'

export interface PresentOptions {
  /** Port asked for; 0 means any free port. */
  port: number
  /** Build even when dist/ is current. */
  rebuild: boolean
  help: boolean
}

export { UsageError as PresentUsageError } from '../cli/commandLine'

export const PRESENT_USAGE = 'Usage: npm run present -- [--port N] [--rebuild]'
export const DEFAULT_PORT = 3030

/** Parses `npm run present`'s command line; throws PresentUsageError on anything else. */
export function parsePresentArgs(argv: readonly string[]): PresentOptions {
  const values = parseCommandLine(argv, {
    port: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  const port = parsePortOption(values.port, DEFAULT_PORT)
  return { port, rebuild: values.rebuild, help: values.help }
}

/** The two addresses an instructor opens: the projector's and their own. */
export function presentUrls(origin: string): { audience: string, presenter: string } {
  return { audience: `${origin}/1`, presenter: `${origin}/presenter/1` }
}
