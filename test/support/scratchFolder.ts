import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

export interface ScratchFolder {
  /** The current test's folder. */
  root: string
  /** Writes a file under the folder, making its parent folders. */
  write: (path: string, text: string) => void
}

/** A fresh temporary folder for each test of the file, holding `files`, removed after the test. */
export function useScratchFolder(prefix: string, files: Record<string, string>): ScratchFolder {
  const folder: ScratchFolder = {
    root: '',
    write: (path, text) => {
      mkdirSync(dirname(join(folder.root, path)), { recursive: true })
      writeFileSync(join(folder.root, path), text)
    },
  }
  beforeEach(() => {
    folder.root = mkdtempSync(join(tmpdir(), prefix))
    for (const [path, text] of Object.entries(files))
      folder.write(path, text)
  })
  afterEach(() => rmSync(folder.root, { recursive: true, force: true }))
  return folder
}
