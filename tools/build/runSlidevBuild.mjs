// @ts-check
/**
 * The one child process that builds a deck, for every flavour (tools/build/ensureBuild.ts): Slidev's
 * production build, assembled from Slidev's own `resolveOptions` and `ViteSlidevPlugin` as its
 * `slidev build` command does it, plus what that command cannot do without also exporting a PDF
 * on a fixed port: a build with the print view.
 *
 * A child of its own because Slidev caches a deck's roots per process; plain Node, because the
 * build's thousands of module loads would each pass through tsx's hooks in the parent. The
 * TypeScript the build needs is loaded as the Slidev CLI loads it: setup/preparser.ts through jiti
 * (kit/deck/preparserLoader.mjs), vite.config.ts (and what it imports) by Vite.
 *
 * Usage: node tools/build/runSlidevBuild.mjs '<JSON of BuildRequest>'
 * Exit code 0: the site is complete in outDir; 1: it is not, and the reason is on stderr.
 */
import { existsSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { createJiti } from 'jiti'
import { DECK_MODEL_FILE, deckModelOf } from '../../kit/deck/deckModel.mjs'
import { injectProjectPreparser } from '../../kit/deck/preparserLoader.mjs'

/**
 * @typedef {object} BuildRequest
 * @property {string} entry The deck's entry, relative to the working directory.
 * @property {string} outDir Where the site goes (emptied first).
 * @property {boolean} withoutNotes No speaker notes in the built site (`--without-notes`).
 * @property {boolean} printView Slidev's print view in (the export prints from it).
 * @property {boolean} printOnly Only for printing: the features the print view never shows out, and not minified.
 */

/** Features the print view never shows: leaving them out of a print build makes it smaller and faster. */
const UNUSED_IN_PRINT = [
  '__SLIDEV_FEATURE_PRESENTER__',
  '__SLIDEV_FEATURE_DRAWINGS__',
  '__SLIDEV_FEATURE_RECORD__',
  '__SLIDEV_FEATURE_BROWSER_EXPORTER__',
  '__SLIDEV_FEATURE_WAKE_LOCK__',
  '__SLIDEV_FEATURE_PWA__',
]

/**
 * Every root's `vite.config.*`, as Slidev's own build reads them (the deck's plugins live there).
 * Loaded through jiti, which already holds the deck's setup files, rather than Vite's config
 * loader, which bundles each config into a file beside it first; a config may be a function of
 * the command, as Vite's are.
 * @param {import('@slidev/types').ResolvedSlidevOptions} options
 */
async function rootViteConfigs(options) {
  const jiti = createJiti(import.meta.url, { moduleCache: false })
  /** @type {import('vite').UserConfig[]} */
  const configs = []
  for (const root of options.roots) {
    const file = ['ts', 'mts', 'js', 'mjs'].map(ext => join(root, `vite.config.${ext}`)).find(existsSync)
    if (!file)
      continue
    /** @type {import('vite').UserConfigExport} */
    const exported = await jiti.import(file, { default: true })
    configs.push(await (typeof exported === 'function' ? exported({ command: 'build', mode: 'production', isSsrBuild: false, isPreview: false }) : exported))
  }
  return configs
}

/** @param {BuildRequest} request */
async function buildDeck(request) {
  injectProjectPreparser()
  const { resolveOptions, ViteSlidevPlugin } = await import('@slidev/cli')
  const { build, mergeConfig } = await import('vite')
  const options = await resolveOptions({ entry: request.entry, withoutNotes: request.withoutNotes }, 'build')
  // Turned on directly: `slidev build` turns the print view on only with `download`, which also
  // shows a download button and exports a PDF on a fixed port.
  if (request.printView)
    options.utils.define.__SLIDEV_FEATURE_PRINT__ = 'true'
  if (request.printOnly) {
    for (const flag of UNUSED_IN_PRINT)
      options.utils.define[flag] = 'false'
  }
  const indexHtml = resolve(options.userRoot, 'index.html')
  /** @type {import('vite').InlineConfig} */
  let config = {
    logLevel: 'warn',
    plugins: [{
      name: 'lesson-kit:index-html',
      resolveId: { order: 'pre', handler: id => (id === indexHtml ? id : null) },
      load: { order: 'pre', handler: id => (id === indexHtml ? options.utils.indexHtml : null) },
    }],
    build: {
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: { index: indexHtml } },
    },
  }
  for (const userConfig of await rootViteConfigs(options))
    config = mergeConfig(config, userConfig)
  config = mergeConfig(config, {
    // A site only printed on this computer is never downloaded: minifying it is time on the export's path.
    build: { outDir: request.outDir, emptyOutDir: true, ...(request.printOnly ? { minify: false, cssMinify: false } : {}) },
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options, /** @type {{ slidev?: object }} */ (config).slidev ?? {}),
    define: { __VUE_PROD_DEVTOOLS__: false },
  })
  await build(config)
  // As `slidev build` leaves it: any path serves the deck, on static hosts too.
  await copyFile(join(request.outDir, 'index.html'), join(request.outDir, '404.html'))
  const redirects = join(request.outDir, '_redirects')
  if (!existsSync(redirects))
    await writeFile(redirects, '/*    /index.html   200\n')
  // What the export prints beside the slides (titles, notes as fields, the canvas), as this
  // build parsed it; never beside a site without notes.
  if (request.printView && !request.withoutNotes)
    await writeFile(join(request.outDir, DECK_MODEL_FILE), JSON.stringify(deckModelOf(options.data.slides, options.data.config)))
}

/** The request: the argument, or with `--wait` the first line on stdin (a builder started early, tools/build/warmBuilder.mjs). */
async function readRequest() {
  const [argument] = process.argv.slice(2)
  if (argument !== '--wait')
    return argument
  // Slidev and Vite load while the parent decides what to build: most of a build's start. A
  // failure to load is the build's, reported where buildDeck imports it again.
  import('@slidev/cli').catch(() => undefined)
  let text = ''
  for await (const chunk of process.stdin) {
    text += chunk
    if (text.includes('\n'))
      break
  }
  // No request (the parent ended without building): nothing to do.
  if (!text.trim())
    process.exit(0)
  return text
}

const json = await readRequest()
/** @type {BuildRequest | undefined} */
let request
try {
  request = json ? JSON.parse(json) : undefined
}
catch {}
if (!request?.entry || !request.outDir) {
  process.stderr.write('usage: node tools/build/runSlidevBuild.mjs \'{"entry":"slides.md","outDir":"…","withoutNotes":false,"printView":true,"printOnly":false}\'\n')
  process.exit(2)
}
try {
  await buildDeck({ ...request, outDir: resolve(request.outDir) })
  process.exit(0)
}
catch (error) {
  // The message says what is wrong (a Vue compile error names file and line); the stack lines
  // (Rolldown puts the plugin's own into the message) only where inside the tools it was found.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`${message.split('\n').filter(line => !/^\s+at /.test(line)).join('\n')}\n`)
  process.exit(1)
}
