import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The arguments `npm run <name>` gives Node (`node --import tsx scripts/x.ts` → `--import tsx
 * scripts/x.ts`): what the bench and the tests run under the current Node, without npm's own start,
 * so they time and test the command exactly as the package names it.
 */
export function nodeArgsOfScript(root: string, name: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
  const words = scripts?.[name]?.split(/\s+/) ?? []
  if (words[0] !== 'node')
    throw new Error(`the npm script ${name} is not a node command: ${scripts?.[name] ?? 'missing'}`)
  return words.slice(1)
}
