import type { HandoutLayout } from './layout'
import { dirname, join } from 'node:path'
import { parseCommandLine, UsageError } from '../cli/commandLine'
import { DEFAULT_HANDOUT_LAYOUT, HANDOUT_LAYOUTS } from './layout'

export { UsageError }

/** The documents `npm run export` can write, in the order they are written. */
export const DOCUMENTS = ['slides', 'handout', 'notes'] as const
export type DocumentKind = typeof DOCUMENTS[number]

/** File name of each document inside the output folder. */
export const FILE_NAMES: Record<DocumentKind, string> = {
  slides: 'slides.pdf',
  handout: 'handout.pdf',
  notes: 'speaker-notes.pdf',
}

export interface ExportOptions {
  /** Documents to write, in DOCUMENTS order. */
  only: DocumentKind[]
  /** Output folder, as given (relative to the working directory); exports/ beside the entry unless given. */
  out: string
  /** Browser executable given with --browser; undefined means findBrowser() decides. */
  browser: string | undefined
  /** The deck's entry file. */
  entry: string
  /** Slides per handout page. */
  handout: HandoutLayout
  help: boolean
}

export const USAGE = `Usage: npm run export -- [--only slides,handout,notes] [--out DIR] [--browser PATH] [--entry slides.md] [--handout 2up|3up|6up]`

function isDocument(value: string): value is DocumentKind {
  return (DOCUMENTS as readonly string[]).includes(value)
}

function isHandoutLayout(value: string): value is HandoutLayout {
  return (HANDOUT_LAYOUTS as readonly string[]).includes(value)
}

/**
 * Parses the export command line; throws UsageError on anything it does not understand.
 * `lessonOf` turns the `--entry` given into the lesson's slides file (tools/cli/lessonEntry.ts
 * for the command: a folder names its slides.md), before the PDFs' folder is placed beside it.
 */
export function parseExportArgs(argv: readonly string[], lessonOf: (given: string) => string = given => given): ExportOptions {
  const values = parseCommandLine(argv, {
    only: { type: 'string' },
    out: { type: 'string' },
    browser: { type: 'string' },
    entry: { type: 'string' },
    handout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })

  let only: DocumentKind[] = [...DOCUMENTS]
  if (values.only !== undefined) {
    const asked = values.only.split(',').map(part => part.trim()).filter(part => part.length > 0)
    const unknown = asked.filter(part => !isDocument(part))
    if (unknown.length > 0 || asked.length === 0)
      throw new UsageError(`--only takes a comma-separated list of ${DOCUMENTS.join(', ')}; got "${values.only}"`)
    only = DOCUMENTS.filter(kind => asked.includes(kind))
  }
  if (values.out !== undefined && values.out.trim() === '')
    throw new UsageError('--out needs a folder')
  if (values.browser !== undefined && values.browser.trim() === '')
    throw new UsageError('--browser needs the path of a Chromium or Chrome executable')

  if (values.handout !== undefined && !isHandoutLayout(values.handout))
    throw new UsageError(`--handout takes ${HANDOUT_LAYOUTS.join(', ')} (slides per page); got "${values.handout}"`)

  const entry = lessonOf(values.entry ?? 'slides.md')
  return {
    only,
    // Each lesson's PDFs beside it: another lesson's export does not overwrite lesson 2's.
    out: values.out ?? join(dirname(entry), 'exports'),
    browser: values.browser,
    entry,
    handout: values.handout ?? DEFAULT_HANDOUT_LAYOUT,
    help: values.help ?? false,
  }
}
