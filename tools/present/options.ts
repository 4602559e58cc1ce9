import { parseCommandLine, parsePortOption, UsageError } from '../cli/commandLine'

export interface PresentOptions {
  /** Port asked for; 0 means any free port. */
  port: number
  /** Build even when dist/ is current. */
  rebuild: boolean
  /** The lesson's entry file (its slides.md); the build goes to dist/ beside it. */
  entry: string
  help: boolean
}

export { UsageError as PresentUsageError } from '../cli/commandLine'

export const PRESENT_USAGE = 'Usage: npm run present -- [--port N] [--rebuild] [--entry slides.md]'
export const DEFAULT_PORT = 3030

/** Parses `npm run present`'s command line; throws PresentUsageError on anything else. */
export function parsePresentArgs(argv: readonly string[]): PresentOptions {
  const values = parseCommandLine(argv, {
    port: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    entry: { type: 'string', default: 'slides.md' },
    help: { type: 'boolean', short: 'h', default: false },
  })
  const port = parsePortOption(values.port, DEFAULT_PORT)
  if (values.entry.trim() === '')
    throw new UsageError('--entry needs the lesson\'s slides file, e.g. lessons/3/slides.md')
  return { port, rebuild: values.rebuild, entry: values.entry, help: values.help }
}

/** The two addresses an instructor opens: the projector's and their own. */
export function presentUrls(origin: string): { audience: string, presenter: string } {
  return { audience: `${origin}/1`, presenter: `${origin}/presenter/1` }
}
