import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fingerprintOf } from './fingerprint.ts'
import { reuseFile, writeReuseFile } from './reuseFiles.ts'

/**
 * Vue's compiler turns each single-file component (Slidev's own, the kit's, each slide) into
 * JavaScript and CSS, and a production build compiled every one of them again, though an edit
 * changes one slide. This keeps what Vite's Vue plugin returned, between builds, for the input it
 * was given, and answers from it while the input, the plugin's options and the files Vue read to
 * resolve imported prop types are unchanged. The site is byte for byte the one a full compile
 * gives (test/build/vueCompileCache.test.ts builds it both ways).
 *
 * A component is compiled in pieces: the component itself, then its script and style blocks,
 * which the plugin serves from what compiling the component left in its memory. When the
 * component comes from the cache, its pieces do too; a piece the cache lacks has the component
 * compiled first, as without the cache.
 */

/** What a hook returned, as kept: a load's or transform's code, with its map and Vite's metadata. */
export interface KeptResult { code: string, map?: unknown, meta?: unknown }

export interface KeptComponent {
  result: KeptResult
  /** By piece (the id's query), its answers: to `load`, and to `transform:<hash of the input>`. */
  pieces: Record<string, Record<string, KeptResult | null>>
}

export interface VueCompilePack {
  fingerprint: string
  /** Files Vue's type resolution looked at: their content's hash, 'file' (only tested) or null (absent). */
  typeFiles: Record<string, string | null>
  components: Record<string, KeptComponent>
}

/** Beyond this many kept components the pack keeps one build's: edits only add entries. */
const MOST_KEPT = 2000

type HookResult = string | { code?: string, map?: unknown, meta?: unknown } | null | undefined | void
type Handler = (this: unknown, ...args: unknown[]) => HookResult | Promise<HookResult>

function sha1(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1')
  for (const part of parts)
    hash.update(part).update('\0')
  return hash.digest('hex')
}

/** The id's file and, for a piece of a component (`?vue&type=style&index=0…`), its query. */
export function splitVueId(id: string): { file: string, piece: string | undefined } {
  const at = id.indexOf('?')
  if (at < 0)
    return { file: id, piece: undefined }
  const query = id.slice(at + 1)
  return { file: id.slice(0, at), piece: /(?:^|&)vue(?:&|=|$)/.test(query) ? query : undefined }
}

/** A hook's result as kept; undefined when it cannot be kept (a source map Vite would need). */
export function keptResult(result: HookResult): KeptResult | null | undefined {
  if (result == null)
    return null
  if (typeof result === 'string')
    return { code: result }
  if (typeof result.code !== 'string')
    return undefined
  return JSON.parse(JSON.stringify({ code: result.code, map: result.map ?? undefined, meta: result.meta ?? undefined })) as KeptResult
}

/** What a file looks like now, as typeFiles records it. */
export function typeFileState(path: string): string | null {
  try {
    // A path through a file (`Note.vue/tsconfig.json`, which Vue tries) fails with ENOTDIR: absent too.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ? sha1(readFileSync(path)) : null
  }
  catch {
    return null
  }
}

/** Whether every recorded type file is as it was ('file': still a file). */
export function typeFilesUnchanged(typeFiles: Record<string, string | null>): boolean {
  return Object.entries(typeFiles).every(([path, was]) => {
    const now = typeFileState(path)
    return was === 'file' ? now !== null : now === was
  })
}

/** The pack for this fingerprint, or an empty one (missing, unreadable, another configuration, a type file changed). */
export function readPack(file: string, fingerprint: string): VueCompilePack {
  const empty: VueCompilePack = { fingerprint, typeFiles: {}, components: {} }
  try {
    const pack = JSON.parse(readFileSync(file, 'utf8')) as Partial<VueCompilePack> | null
    if (!isPack(pack) || pack.fingerprint !== fingerprint)
      return empty
    return typeFilesUnchanged(pack.typeFiles) ? pack : empty
  }
  catch {
    return empty
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a parsed file has a pack's shape, down to each component's answer and blocks. */
function isPack(value: unknown): value is VueCompilePack {
  return isRecord(value) && typeof value.fingerprint === 'string' && isRecord(value.typeFiles) && isRecord(value.components)
    && Object.values(value.components).every(kept => isRecord(kept) && isRecord(kept.result) && typeof kept.result.code === 'string' && isRecord(kept.pieces))
}

/** The file system Vue's `compileScript` resolves imported types through (its `fs` option). */
export interface TypeFs {
  fileExists: (file: string) => boolean
  readFile: (file: string) => string | undefined
  realpath?: (file: string) => string
}

/** A file system for Vue's type resolution that notes in `seen` what it looks at; `base` does the looking. */
export function recordingFs(seen: Map<string, string | null>, base: () => TypeFs): TypeFs {
  return {
    fileExists(file: string) {
      const exists = base().fileExists(file)
      if (!seen.has(file) || !exists)
        seen.set(file, exists ? 'file' : null)
      return exists
    },
    readFile(file: string) {
      const text = base().readFile(file)
      // The text Vue was given, hashed as typeFileState hashes a file (a byte-order mark aside,
      // which TypeScript drops: such a file is taken as changed, and compiled again).
      seen.set(file, text === undefined ? null : sha1(Buffer.from(text, 'utf8')))
      return text
    },
    realpath(file: string) {
      const fs = base()
      return fs.realpath ? fs.realpath(file) : file
    },
  }
}

function handlerOf(hook: unknown): Handler | undefined {
  if (typeof hook === 'function')
    return hook as Handler
  if (hook && typeof hook === 'object' && typeof (hook as { handler?: unknown }).handler === 'function')
    return (hook as { handler: Handler }).handler
  return undefined
}

function setHandler(plugin: Record<string, unknown>, name: 'load' | 'transform', handler: Handler): void {
  const hook = plugin[name]
  if (typeof hook === 'function')
    plugin[name] = handler
  else
    (hook as { handler: Handler }).handler = handler
}

/** A component of this build, answered from the pack or compiled, and its blocks' answers. */
interface BuildComponent {
  id: string
  code: string
  args: unknown[]
  kept: KeptComponent
  /** Compiling it into the Vue plugin's memory, which its blocks are served from: once, when a block the pack lacks is asked for. */
  compiling?: Promise<unknown>
}

/**
 * The Vite plugin, for production builds: it wraps the `load` and `transform` of Vite's Vue plugin
 * (`vite:vue`), which Slidev adds. `dir` holds the packs, one per fingerprint; `fingerprintFiles`
 * (the lock file; the roots' Vite configs, which give the Vue plugin its options; their
 * tsconfig.json, which compiling TypeScript follows) are read into its fingerprint.
 */
export function vueCompileCache(options: { dir: string, fingerprintFiles: readonly string[] }): Plugin {
  let fingerprint: string | undefined
  let pack: VueCompilePack | undefined
  /** Whether this build compiled anything or saw a new type file: else the pack is left as it is. */
  let grew = false
  const used = new Map<string, KeptComponent>()
  const typeFilesSeen = new Map<string, string | null>()
  /** By file: the component of this build. */
  const components = new Map<string, BuildComponent>()
  return {
    name: 'deck-vue-compile-cache',
    apply: 'build',
    // After the Vue plugin's own configResolved, which settles its options.
    configResolved: { order: 'post', handler(config) {
      const vue = config.plugins.find(plugin => plugin.name === 'vite:vue') as unknown as Record<string, unknown> & { api?: { options: Record<string, unknown>, version?: string } } | undefined
      const transform = handlerOf(vue?.transform)
      const load = handlerOf(vue?.load)
      // A build with source maps keeps Vue's maps exact by compiling: nothing is kept.
      if (!vue?.api || !transform || !load || config.build.sourcemap)
        return
      const vueOptions = vue.api.options
      const { compiler, devServer: _devServer, ...settled } = vueOptions as { compiler?: { version?: string }, devServer?: unknown }
      fingerprint = fingerprintOf({ plugin: vue.api.version, compiler: compiler?.version, options: settled }, options.fingerprintFiles)
      // Vue reads the files a component's prop types come from through this; by default Vue uses
      // TypeScript's, loaded the first time a type is resolved, as Vue itself loads it.
      const script = (vueOptions.script ?? {}) as { fs?: TypeFs }
      const given = script.fs
      let typescript: { sys: TypeFs } | undefined
      const base = () => given ?? (typescript ??= createRequire(import.meta.url)('typescript') as { sys: TypeFs }).sys
      vue.api.options = { ...vueOptions, script: { ...script, fs: recordingFs(typeFilesSeen, base) } }

      /** Has the Vue plugin compile `component` (once), so it can serve a block the pack lacks. */
      const compileInPlugin = (self: unknown, component: BuildComponent): Promise<unknown> =>
        component.compiling ??= Promise.resolve(transform.call(self, component.code, component.id, ...component.args))

      /**
       * A block of a component of this build (`?vue&type=…`), asked `question` (`load`, or
       * `transform:<input hash>`): answered from the pack, else by the Vue plugin (`ask`) after
       * it compiled the component, and kept.
       */
      const block = async (self: unknown, id: string, question: string, ask: () => Promise<HookResult>): Promise<HookResult> => {
        const { file, piece } = splitVueId(id)
        const component = piece === undefined ? undefined : components.get(file)
        if (!component || piece === undefined)
          return ask()
        const answers = component.kept.pieces[piece] ??= {}
        const hit = answers[question]
        if (hit !== undefined)
          return hit === null ? undefined : structuredClone(hit)
        await compileInPlugin(self, component)
        const result = await ask()
        const keep = keptResult(result)
        if (keep !== undefined) {
          grew = true
          answers[question] = keep
        }
        return result
      }

      setHandler(vue, 'transform', async function (this: unknown, ...args: unknown[]) {
        const [code, id, ...rest] = args as [unknown, unknown, ...unknown[]]
        if (typeof code !== 'string' || typeof id !== 'string' || !pack)
          return transform.call(this, ...args)
        // The component itself has no query; one with another (`?raw`, `?url`) is not compiled.
        if (!id.includes('?')) {
          const ssr = (rest[0] as { ssr?: boolean } | undefined)?.ssr === true
          const key = sha1(id, code, ssr ? 'ssr' : 'client')
          const kept = pack.components[key]
          if (kept) {
            used.set(key, kept)
            components.set(id, { id, code, args: rest, kept })
            return structuredClone(kept.result)
          }
          const result = await transform.call(this, ...args)
          const keep = keptResult(result)
          // A block in a file of its own (`<style src>`) is linked to the component while it
          // compiles, which an answer from the pack would skip: such a component is compiled.
          if (keep && !keep.code.includes('&src')) {
            grew = true
            const fresh: KeptComponent = { result: keep, pieces: {} }
            used.set(key, fresh)
            components.set(id, { id, code, args: rest, kept: fresh, compiling: Promise.resolve() })
          }
          return result
        }
        return block(this, id, `transform:${sha1(code)}`, async () => transform.call(this, ...args))
      })
      setHandler(vue, 'load', async function (this: unknown, ...args: unknown[]) {
        const [id] = args
        if (typeof id !== 'string')
          return load.call(this, ...args)
        return block(this, id, 'load', async () => load.call(this, ...args))
      })
    } },
    buildStart() {
      if (fingerprint)
        pack = readPack(reuseFile(options.dir, 'vue-compiled', fingerprint), fingerprint)
    },
    // After the bundle is written: a failed build keeps the pack it started with. Keeping it is
    // never this build's failure.
    async writeBundle() {
      try {
        const seenNew = [...typeFilesSeen].some(([path, state]) => pack?.typeFiles[path] !== state)
        if (!pack || (!grew && !seenNew))
          return
        const keys = new Set([...Object.keys(pack.components), ...used.keys()])
        const kept: Record<string, KeptComponent> = keys.size > MOST_KEPT ? {} : { ...pack.components }
        for (const [key, component] of used)
          kept[key] = component
        const typeFiles = { ...pack.typeFiles, ...Object.fromEntries(typeFilesSeen) }
        const failed = await writeReuseFile(options.dir, 'vue-compiled', pack.fingerprint, JSON.stringify({ fingerprint: pack.fingerprint, typeFiles, components: kept } satisfies VueCompilePack))
        if (failed)
          this.warn(`compiled components not kept for the next build: ${failed.message}`)
      }
      catch (error) {
        this.warn(`compiled components not kept for the next build: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
  }
}
