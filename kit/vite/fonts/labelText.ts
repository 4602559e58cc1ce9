import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The source text of the named groups of kit/labels.ts (`export const coverLabels = { … }`), for
 * the font subsetter: read from the file, not from the loaded module, because a label written as
 * a function keeps its words only in the source (a transpiler may escape them). A group that is
 * not in the file is an error: its characters would otherwise be left out of the slice unseen.
 */
export function labelGroupsText(kitRoot: string, groups: readonly string[]): string {
  const source = readFileSync(join(kitRoot, 'labels.ts'), 'utf8')
  return groups.map((group) => {
    const match = new RegExp(`^export const ${group}\\b[^\\n]*\\{\\n[\\s\\S]*?^\\}`, 'm').exec(source)
    if (!match)
      throw new Error(`kit/labels.ts has no group "${group}" (export const ${group} = { … })`)
    // Without its comments: their examples are not on screen and would only grow the slice.
    return match[0].replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  }).join('\n')
}
