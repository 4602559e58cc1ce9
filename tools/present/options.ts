import { isIP } from 'node:net'
import { parseCommandLine, parsePortOption, UsageError } from '../cli/commandLine'

export interface PresentOptions {
  /** Port asked for; 0 means any free port. */
  port: number
  /** Build even when dist/ is current. */
  rebuild: boolean
  /** The lesson's entry file (its slides.md); the build goes to dist/ beside it. */
  entry: string
  /** Serve the last complete build in dist/ as it is, even when the sources changed since. */
  lastGood: boolean
  help: boolean
  /** Classroom mode on the chosen LAN address (tools/classroom/). */
  lan: boolean
  /** Classroom mode bound to this address (overrides the LAN choice; tests use 127.0.0.1). */
  host: string | undefined
  /** Classroom mode: continue the latest class session's log instead of starting a new one. */
  resume: boolean
  /** Classroom mode: student identities one source address may be issued (undefined: the default). */
  perDevice: number | undefined
  /** Classroom mode: student identities in all (undefined: the default). */
  classSize: number | undefined
}

export { UsageError as PresentUsageError } from '../cli/commandLine'

export const PRESENT_USAGE = 'Usage: npm run present -- [--port N] [--rebuild | --last-good] [--entry slides.md] [--lan] [--host ADDRESS] [--resume] [--per-device N] [--class-size N]'
export const DEFAULT_PORT = 3030

/**
 * Parses `npm run present`'s command line; throws PresentUsageError on anything else. `lessonOf`
 * turns the `--entry` given into the lesson's slides file (tools/cli/lessonEntry.ts for the
 * command: a folder names its slides.md).
 */
export function parsePresentArgs(argv: readonly string[], lessonOf: (given: string) => string = given => given): PresentOptions {
  const values = parseCommandLine(argv, {
    'port': { type: 'string' },
    'rebuild': { type: 'boolean', default: false },
    'last-good': { type: 'boolean', default: false },
    'entry': { type: 'string', default: 'slides.md' },
    'help': { type: 'boolean', short: 'h', default: false },
    'lan': { type: 'boolean', default: false },
    'host': { type: 'string' },
    'resume': { type: 'boolean', default: false },
    'per-device': { type: 'string' },
    'class-size': { type: 'string' },
  })
  const port = parsePortOption(values.port, DEFAULT_PORT)
  if (values.rebuild && values['last-good'])
    throw new UsageError('--rebuild and --last-good do not go together: one builds, the other serves what is there')
  if (values.entry.trim() === '')
    throw new UsageError('--entry needs the lesson\'s slides file, e.g. lessons/3/slides.md')
  if (values.host !== undefined && isIP(values.host) === 0)
    throw new UsageError(`--host must be an IP address of this computer, got "${values.host}"`)
  if (values.resume && !values.lan && values.host === undefined)
    throw new UsageError('--resume continues a class session: use it with --lan or --host')
  const perDevice = countOption('--per-device', values['per-device'], 1000)
  const classSize = countOption('--class-size', values['class-size'], 100_000)
  if ((perDevice !== undefined || classSize !== undefined) && !values.lan && values.host === undefined)
    throw new UsageError('--per-device and --class-size limit a class: use them with --lan or --host')
  return { port, rebuild: values.rebuild, lastGood: values['last-good'], entry: lessonOf(values.entry), help: values.help, lan: values.lan, host: values.host, resume: values.resume, perDevice, classSize }
}

function countOption(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined)
    return undefined
  const count = Number(value)
  if (!/^\d+$/.test(value.trim()) || count < 1 || count > max)
    throw new UsageError(`${name} must be a whole number from 1 to ${max}, got "${value}"`)
  return count
}

/** Whether the options ask for classroom mode (the classroom server instead of the local one). */
export function isClassroomMode(options: PresentOptions): boolean {
  return options.lan || options.host !== undefined
}

/** The two addresses an instructor opens: the projector's and their own. */
export function presentUrls(origin: string): { audience: string, presenter: string } {
  return { audience: `${origin}/1`, presenter: `${origin}/presenter/1` }
}
