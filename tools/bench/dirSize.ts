import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Total bytes of the files under `dir`, and the part of them whose names end in each extension. */
export function dirSize(dir: string): { bytes: number, byExtension: Record<string, number> } {
  const byExtension: Record<string, number> = {}
  let bytes = 0
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name))
    if (!stat.isFile())
      continue
    bytes += stat.size
    const extension = /\.([^./]+)$/.exec(name)?.[1] ?? ''
    byExtension[extension] = (byExtension[extension] ?? 0) + stat.size
  }
  return { bytes, byExtension }
}
