import { accessSync, constants, existsSync } from 'node:fs'
import { dirname } from 'node:path'

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  // Windows says EPERM, too, for a file another program holds open.
  EPERM: 'permission denied, or another program has it open (close it there)',
  EBUSY: 'another program has it open (close it there)',
  ENOTDIR: 'a part of the path is a file',
  EISDIR: 'it is a folder',
}

/** The nearest folder of `path` that exists. */
function existingAncestor(path: string): string {
  let folder = path
  while (!existsSync(folder) && dirname(folder) !== folder)
    folder = dirname(folder)
  return folder
}

/**
 * The code of a failed write, as the file system would explain it: creating a missing folder on a
 * read-only mount fails with ENOENT, though the cause is that nothing there can be written.
 */
function explainedCode(path: string, code: string): string {
  if (code !== 'ENOENT')
    return code
  try {
    accessSync(existingAncestor(path), constants.W_OK)
    return code
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code ?? code
  }
}

/** "cannot write exports/slides.pdf: the disk is full (ENOSPC)": one line naming the file. */
export function writeErrorMessage(path: string, error: unknown): string {
  const raw = (error as NodeJS.ErrnoException | undefined)?.code
  if (!raw)
    return `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`
  const code = explainedCode(path, raw)
  return `cannot write ${path}: ${REASONS[code] ?? 'error'} (${code})`
}

export class WriteError extends Error {
  override name = 'WriteError'
  constructor(readonly path: string, cause: unknown) {
    super(writeErrorMessage(path, cause), { cause })
  }
}
