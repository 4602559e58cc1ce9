import type { VueCompilePack } from '../../kit/vite/vueCompileCache.ts'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { keptResult, readPack, splitVueId, typeFileState } from '../../kit/vite/vueCompileCache.ts'
import { root } from '../support/root.ts'
import { useScratchFolder } from '../support/scratchFolder.ts'

// A small Vue project as the deck's components are written: script setup in TypeScript, props
// typed by an interface from another file, a scoped style whose colour a plugin writes in before
// Vue compiles (test/support/buildVueProject.ts): Vue's blocks come from the edited text, never
// from the file.
const project = {
  'index.html': '<!doctype html><div id="app"></div><script type="module" src="./main.ts"></script>\n',
  // The component's source imported as text too (`?raw`): not the component, which stays compiled.
  'main.ts': 'import { createApp } from \'vue\'\nimport cardSource from \'./Card.vue?raw\'\nimport Card from \'./Card.vue\'\ncreateApp(Card, { label: String(cardSource.length), count: 1 }).mount(\'#app\')\n',
  'types.ts': 'export interface CardProps {\n  label: string\n  count: number\n}\n',
  'Card.vue': [
    '<script setup lang="ts">',
    'import type { CardProps } from \'./types\'',
    'import Badge from \'./Badge.vue\'',
    'defineProps<CardProps>()',
    '</script>',
    '',
    '<template>',
    '  <section class="card"><h2>{{ label }}</h2><Badge :n="count" /></section>',
    '</template>',
    '',
    '<style scoped>',
    '.card { padding: 1rem; color: __ACCENT__; }',
    '</style>',
    '',
  ].join('\n'),
  'Badge.vue': '<script setup lang="ts">\ndefineProps<{ n: number }>()\n</script>\n\n<template>\n  <b class="badge">{{ n }}</b>\n</template>\n\n<style scoped>\n.badge { font-weight: 700; }\n</style>\n',
}

/** Every file of a build, by path, for comparing two builds. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory())
        walk(path)
      else
        files[relative(dir, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return files
}

describe('the Vue compile cache', () => {
  const scratch = useScratchFolder('vue-compile-cache-', project)
  const packDir = () => join(scratch.root, 'cache')
  /** The one pack the builds wrote (one configuration: one pack). */
  const packFile = () => {
    const packs = readdirSync(packDir()).filter(name => /^vue-compiled-[0-9a-f]{16}\.json$/.test(name))
    expect(packs).toHaveLength(1)
    return join(packDir(), packs[0]!)
  }

  /** A production build of the project in a process of its own, with the cache (its pack in cache/) or without. */
  function buildSite(outDir: string, cached: boolean | string = true): Record<string, string> {
    const request = { root: scratch.root, outDir: join(scratch.root, outDir), packDir: cached === true ? packDir() : cached || undefined }
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'test/support/buildVueProject.ts'), JSON.stringify(request)], { cwd: root, stdio: 'inherit' })
    return filesOf(join(scratch.root, outDir))
  }

  it('gives the same site from the cache as from compiling, and compiles an edited component again', { timeout: 60_000 }, () => {
    const compiled = buildSite('plain', false)
    const first = buildSite('first')
    const fromCache = buildSite('second')
    expect(fromCache).toEqual(compiled)
    expect(first).toEqual(compiled)
    // The component answered from the pack, its style block too: a scoped CSS rule in the site.
    expect(Object.values(fromCache).join('\n')).toMatch(/\.card\[data-v-[0-9a-f]+\]/)

    // What the pack says is what the site gets (so the builds above were answered from it); a
    // pack that lacks a component's blocks has the component compiled first, from its edited text.
    const saved = readFileSync(packFile(), 'utf8')
    const pack = JSON.parse(saved) as VueCompilePack
    for (const kept of Object.values(pack.components)) {
      kept.result.code = kept.result.code.replace('"badge"', '"badge-from-the-pack"')
      kept.pieces = {}
    }
    writeFileSync(packFile(), JSON.stringify(pack))
    const told = buildSite('told')
    expect(Object.values(told).join('\n')).toContain('badge-from-the-pack')
    // The rest as compiled (the script's name carries a hash of its content, which the marker changed).
    const unhashed = (text: string) => text.replace(/index-[\w-]+\.js/g, 'index.js')
    const unnamed = (files: Record<string, string>) => Object.entries(files).map(([name, text]) => [unhashed(name), unhashed(text)]).sort().join('\n')
    expect(unnamed(told).replace('badge-from-the-pack', 'badge')).toBe(unnamed(compiled))
    writeFileSync(packFile(), saved)

    scratch.write('Card.vue', project['Card.vue'].replace('__ACCENT__', '#654321'))
    const edited = buildSite('edited')
    expect(Object.values(edited).join('\n')).toContain('#654321')
    expect(edited).toEqual(buildSite('edited-plain', false))
  })

  it('compiles again when a file a component takes its prop types from changes', { timeout: 60_000 }, () => {
    const before = Object.values(buildSite('first')).join('\n')
    expect(before).toMatch(/count:\s*\{\s*type:\s*Number/)

    // The props' runtime types come from types.ts: count becomes a string there.
    scratch.write('types.ts', project['types.ts'].replace('count: number', 'count: string'))
    const after = buildSite('after')
    expect(Object.values(after).join('\n')).toMatch(/count:\s*\{\s*type:\s*String/)
    expect(after).toEqual(buildSite('after-plain', false))
  })

  it('builds the site when the pack cannot be written', { timeout: 60_000 }, () => {
    scratch.write('not-a-folder', 'a file where the packs would go\n')
    expect(buildSite('unwritable', join(scratch.root, 'not-a-folder'))).toEqual(buildSite('plain', false))
  })

  it('starts empty from a pack that is unreadable, of another shape or made for other options', () => {
    const file = join(scratch.root, 'pack.json')
    scratch.write('pack.json', '{ not json')
    expect(readPack(file, 'f1').components).toEqual({})
    scratch.write('pack.json', JSON.stringify({ fingerprint: 'f1', typeFiles: {}, components: null }))
    expect(readPack(file, 'f1').components).toEqual({})
    scratch.write('pack.json', JSON.stringify({ fingerprint: 'f1', typeFiles: {}, components: { k: { pieces: {} } } }))
    expect(readPack(file, 'f1').components).toEqual({})
    scratch.write('pack.json', JSON.stringify({ fingerprint: 'f0', typeFiles: {}, components: { k: { result: { code: 'x' }, pieces: {} } } }))
    expect(readPack(file, 'f1').components).toEqual({})
    expect(Object.keys(readPack(file, 'f0').components)).toEqual(['k'])
  })
})

describe('typeFileState', () => {
  const scratch = useScratchFolder('type-file-state-', { 'types.ts': 'export type A = 1\n' })
  it('hashes a file, and takes a missing path or one through a file (which Vue tries) as absent', () => {
    expect(typeFileState(join(scratch.root, 'types.ts'))).toMatch(/^[0-9a-f]{40}$/)
    expect(typeFileState(join(scratch.root, 'nothing.ts'))).toBeNull()
    expect(typeFileState(join(scratch.root, 'types.ts', 'tsconfig.json'))).toBeNull()
  })
})

describe('splitVueId', () => {
  it('tells a component from its blocks, and from other queries', () => {
    expect(splitVueId('/a/Card.vue')).toEqual({ file: '/a/Card.vue', piece: undefined })
    expect(splitVueId('/a/Card.vue?vue&type=style&index=0&scoped=1a2b&lang.css')).toEqual({ file: '/a/Card.vue', piece: 'vue&type=style&index=0&scoped=1a2b&lang.css' })
    expect(splitVueId('/a/Card.vue?raw').piece).toBeUndefined()
  })
})

describe('keptResult', () => {
  it('keeps code with its metadata, nothing for no result, and refuses a result without code', () => {
    expect(keptResult({ code: 'x', map: { mappings: '' }, meta: { vite: { lang: 'ts' } } })).toEqual({ code: 'x', map: { mappings: '' }, meta: { vite: { lang: 'ts' } } })
    expect(keptResult(undefined)).toBeNull()
    expect(keptResult({ map: null })).toBeUndefined()
  })
})
