import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { glob } from 'tinyglobby'
import { describe, expect, it } from 'vitest'
import { expandLiteralPattern, parseGlobProxy, resolveGlobProxy } from '../../../kit/vite/literalImportGlob'
import { useScratchFolder } from '../../support/scratchFolder'

/** A proxy module as Slidev writes one (node_modules/.slidev/virtual/import-glob.<hash>.ts). */
function proxy(patterns: string[], options: Record<string, unknown> = { eager: true, exhaustive: true, import: 'default' }): string {
  return `export default import.meta.glob(${JSON.stringify(patterns)}, ${JSON.stringify(options)})\n`
}

/** The files a module answered with: its import specifiers, in order. */
function importsOf(module: string): string[] {
  return [...module.matchAll(/from ("[^"]+")/g)].map(match => JSON.parse(match[1]!) as string)
}

describe('expandLiteralPattern', () => {
  it('expands brace alternatives, nested ones too, in order', () => {
    expect(expandLiteralPattern('../../setup/main.{ts,js,mts,mjs}')).toEqual(['../../setup/main.ts', '../../setup/main.js', '../../setup/main.mts', '../../setup/main.mjs'])
    expect(expandLiteralPattern('{global,global-top}.{ts,vue}')).toEqual(['global.ts', 'global.vue', 'global-top.ts', 'global-top.vue'])
    expect(expandLiteralPattern('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef'])
    expect(expandLiteralPattern('../../@slidev/theme-default/style.css')).toEqual(['../../@slidev/theme-default/style.css'])
  })

  it('leaves every pattern that is more than names to Vite', () => {
    for (const pattern of ['../setup/*.ts', '../**/main.ts', 'main.?s', 'main.[tj]s', '!main.ts', 'main.@(ts|js)', 'slide-{1..3}.md', 'main.{ts}', 'main.{ts,js', 'main.ts}', 'a\\{b,c}'])
      expect(expandLiteralPattern(pattern), pattern).toBeUndefined()
  })
})

describe('parseGlobProxy', () => {
  it('reads Slidev\'s eager calls, of default exports or of whole modules', () => {
    expect(parseGlobProxy(proxy(['../../../setup/main.{ts,js}']))).toEqual({ patterns: ['../../../setup/main.{ts,js}'], importName: 'default' })
    expect(parseGlobProxy(proxy(['../../../styles.{ts,css}'], { eager: true, exhaustive: true }))).toEqual({ patterns: ['../../../styles.{ts,css}'], importName: undefined })
  })

  it('leaves any other module, or call, to Vite', () => {
    for (const code of [
      proxy(['./a.ts'], { eager: false }),
      proxy(['./a.ts'], { eager: true, import: 'setup' }),
      proxy(['./a.ts'], { eager: true, query: '?raw' }),
      proxy([]),
      `import x from './x'\n${proxy(['./a.ts'])}`,
      'export default import.meta.glob(["./a.ts"], {"eager":true}) // and more\n',
    ])
      expect(parseGlobProxy(code), code).toBeUndefined()
  })
})

describe('resolveGlobProxy', () => {
  const folder = useScratchFolder('literal-glob-', {
    'setup/main.ts': '',
    'setup/main.mjs': '',
    'global-top.vue': '',
    'GlobalBottom.vue': '',
    'styles/index.ts': '',
    'node_modules/theme/style.css': '',
  })
  const importer = (): string => join(folder.root, 'node_modules', '.slidev', 'virtual')

  it('imports the files that exist, as Vite\'s own glob finds them, and no others', async () => {
    mkdirSync(importer(), { recursive: true })
    // A folder named like a file is no match.
    mkdirSync(join(folder.root, 'global.vue'))
    const patterns = ['../../../setup/main.{ts,js,mts,mjs}', '../../../global.{ts,js,vue}', '../../../global-top.{ts,js,vue}', '../../../styles/index.{ts,js,css}', '../../theme/style.{css,ts}', '../../../missing.{ts,js}']
    const module = resolveGlobProxy({ patterns, importName: 'default' }, importer())!
    const found = importsOf(module)
    expect(found).toEqual(['../../../global-top.vue', '../../../setup/main.mjs', '../../../setup/main.ts', '../../../styles/index.ts', '../../theme/style.css'])
    expect(found).toEqual((await glob(patterns, { cwd: importer(), expandDirectories: false })).map(path => path).sort())
    expect(module).toContain('import { default as __glob_0 } from "../../../global-top.vue";')
    expect(module).toContain('export default /* #__PURE__ */ Object.assign({"../../../global-top.vue": __glob_0, ')
  })

  it('imports whole modules when the call asks for no export', () => {
    mkdirSync(importer(), { recursive: true })
    const module = resolveGlobProxy({ patterns: ['../../../styles/index.{ts,css}'], importName: undefined }, importer())!
    expect(module).toContain('import * as __glob_0 from "../../../styles/index.ts";')
  })

  it('matches names exactly, whatever the file system\'s case rules', () => {
    mkdirSync(importer(), { recursive: true })
    const module = resolveGlobProxy({ patterns: ['../../../globalbottom.vue', '../../../GlobalBottom.{ts,vue}'], importName: 'default' }, importer())!
    expect(importsOf(module)).toEqual(['../../../GlobalBottom.vue'])
  })

  it('counts a link to a file as the file, and a broken link as nothing', () => {
    mkdirSync(importer(), { recursive: true })
    symlinkSync(join(folder.root, 'setup', 'main.ts'), join(folder.root, 'setup', 'root.ts'))
    symlinkSync(join(folder.root, 'setup', 'gone.ts'), join(folder.root, 'setup', 'routes.ts'))
    const module = resolveGlobProxy({ patterns: ['../../../setup/{root,routes}.ts'], importName: 'default' }, importer())!
    expect(importsOf(module)).toEqual(['../../../setup/root.ts'])
  })

  it('answers an empty object when nothing matches, and leaves wildcards to Vite', () => {
    mkdirSync(importer(), { recursive: true })
    expect(importsOf(resolveGlobProxy({ patterns: ['../../../nothing.{ts,js}'], importName: 'default' }, importer())!)).toEqual([])
    expect(resolveGlobProxy({ patterns: ['../../../setup/main.ts', '../../../setup/*.ts'], importName: 'default' }, importer())).toBeUndefined()
  })
})
