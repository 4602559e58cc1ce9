import { parseCommandLine, parsePortOption, UsageError } from '../cli/commandLine'

export interface PresentOptions {
  /** Port asked for; 0 means any free port. */
  port: number
  /** Build even when dist/ is current. */
  rebuild: boolean
  /** Serve the last complete build in dist/ as it is, even when the sources changed since. */
  lastGood: boolean
  help: boolean
}

export { UsageError as PresentUsageError } from '../cli/commandLine'

export const PRESENT_USAGE = 'Usage: npm run present -- [--port N] [--rebuild | --last-good]'
export const DEFAULT_PORT = 3030

/** Parses `npm run present`'s command line; throws PresentUsageError on anything else. */
export function parsePresentArgs(argv: readonly string[]): PresentOptions {
  const values = parseCommandLine(argv, {
    'port': { type: 'string' },
    'rebuild': { type: 'boolean', default: false },
    'last-good': { type: 'boolean', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  })
  const port = parsePortOption(values.port, DEFAULT_PORT)
  if (values.rebuild && values['last-good'])
    throw new UsageError('--rebuild and --last-good do not go together: one builds, the other serves what is there')
  return { port, rebuild: values.rebuild, lastGood: values['last-good'], help: values.help }
}

/** The two addresses an instructor opens: the projector's and their own. */
export function presentUrls(origin: string): { audience: string, presenter: string } {
  return { audience: `${origin}/1`, presenter: `${origin}/presenter/1` }
}
