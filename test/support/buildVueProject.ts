/**
 * A production build of a small Vue project in a process of its own, as the deck's builds run
 * (tools/build/runSlidevBuild.mjs): Vue's compiler and plugin keep what they compiled in memory for
 * the life of a process, which would hide what the compile cache gets wrong.
 *
 * Usage: node --import tsx test/support/buildVueProject.ts '{"root":"…","outDir":"…","packDir":"…"}'
 * (no packDir: without the cache). Components pass through a plugin that edits them before Vue
 * does, as UnoCSS's transformers do: `__ACCENT__` becomes a colour.
 */
import type { Plugin } from 'vite'
import process from 'node:process'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'
import { vueCompileCache } from '../../kit/vite/vueCompileCache.ts'

const { root, outDir, packDir } = JSON.parse(process.argv[2]!) as { root: string, outDir: string, packDir?: string }
const accent: Plugin = {
  name: 'accent',
  enforce: 'pre',
  transform: (code, id) => (id.endsWith('.vue') ? code.replace('__ACCENT__', '#123456') : undefined),
}
build({
  root,
  logLevel: 'silent',
  configFile: false,
  plugins: [accent, vue(), ...(packDir ? [vueCompileCache({ dir: packDir, fingerprintFiles: [] })] : [])],
  build: { outDir, minify: false, rolldownOptions: { external: ['vue'] } },
}).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
