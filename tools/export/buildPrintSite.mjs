// @ts-check
/**
 * Builds the deck as a static site with Slidev's print view, for `npm run export`: Slidev's
 * production build as `slidev build --download` makes it, without the PDF that option also
 * exports (the export prints its own three).
 *
 * Plain JavaScript run by plain Node, on purpose: tools/export/printSite.ts starts it as a child
 * process so that the build's thousands of module loads skip tsx's import hooks, which the
 * export itself runs under. The same build takes 4.7 s in-process under tsx and 3.6 s here
 * (2-core machine). The TypeScript the build needs is loaded the way the Slidev CLI loads it:
 * setup/preparser.ts through jiti (kit/deck/preparserLoader.mjs), vite.config.ts (and what it imports) by Vite.
 *
 * Usage: node tools/export/buildPrintSite.mjs <entry> <outDir>
 * Started with an IPC channel, it sends `{ deck }` (what the export reads of the parsed deck) as
 * soon as the deck is parsed, then builds, and exits when the parent goes away. Exit code 0: the
 * site is complete in <outDir>; 1: it is not, and the reason is on stderr.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseSlide } from '@slidev/parser'
import { injectProjectPreparser } from '../../kit/deck/preparserLoader.mjs'

/** Features the print view never shows: leaving them out of this build makes it smaller and faster. */
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
 * @param {import('@slidev/types').ResolvedSlidevOptions} options
 */
async function rootViteConfigs(options) {
  const { loadConfigFromFile } = await import('vite')
  const configs = []
  for (const root of options.roots) {
    const file = ['ts', 'mts', 'js', 'mjs'].map(ext => join(root, `vite.config.${ext}`)).find(existsSync)
    const loaded = file && await loadConfigFromFile({ command: 'build', mode: 'production' }, file, root, 'silent')
    if (loaded)
      configs.push(loaded.config)
  }
  return configs
}

/**
 * @param {string} entry
 * @param {string} outDir
 */
async function buildPrintSite(entry, outDir) {
  injectProjectPreparser()
  const { resolveOptions, ViteSlidevPlugin } = await import('@slidev/cli')
  const { build, mergeConfig } = await import('vite')
  const options = await resolveOptions({ entry, download: true }, 'build')
  process.send?.({
    deck: {
      // The notes written by hand, read from the slide's own source: slide.note is already the
      // preparser's rendering of the plan, which the export takes from the lesson data instead.
      slides: options.data.slides.map(slide => ({
        plan: typeof slide.frontmatter.plan === 'string' ? slide.frontmatter.plan : undefined,
        layout: typeof slide.frontmatter.layout === 'string' ? slide.frontmatter.layout : undefined,
        handNotes: parseSlide(slide.source.raw).note,
        overflow: slide.frontmatter.overflow,
      })),
      canvasWidth: options.data.config.canvasWidth,
      aspectRatio: options.data.config.aspectRatio,
    },
  })
  for (const flag of UNUSED_IN_PRINT)
    options.utils.define[flag] = 'false'

  const indexHtml = resolve(options.userRoot, 'index.html')
  /** @type {import('vite').Plugin} */
  const servesIndexHtml = {
    name: 'deck-export:index-html',
    resolveId: { order: 'pre', handler: id => (id === indexHtml ? id : null) },
    load: { order: 'pre', handler: id => (id === indexHtml ? options.utils.indexHtml : null) },
  }
  /** @type {import('vite').InlineConfig} */
  let config = {
    logLevel: 'warn',
    plugins: [servesIndexHtml],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      // Gzipping every chunk only to print its size would add seconds to each build.
      reportCompressedSize: false,
      rolldownOptions: {
        input: { index: indexHtml },
        // Rolldown reports slow plugins (UnoCSS, Slidev's own) on every build; nothing to act on here.
        checks: { bundlerTimings: false },
      },
    },
  }
  for (const userConfig of await rootViteConfigs(options))
    config = mergeConfig(config, userConfig)
  config = mergeConfig(config, {
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options, /** @type {{ slidev?: object }} */ (config).slidev ?? {}),
    define: { __VUE_PROD_DEVTOOLS__: false },
  })
  await build(config)
}

// No orphan: when the export that started this build ends, however it ends, so does the build.
process.on('disconnect', () => process.exit(1))

const [entry, outDir] = process.argv.slice(2)
if (!entry || !outDir) {
  process.stderr.write('usage: node tools/export/buildPrintSite.mjs <entry> <outDir>\n')
  process.exit(2)
}
try {
  await buildPrintSite(entry, resolve(outDir))
  process.exit(0)
}
catch (error) {
  // The message says what is wrong (a Vue compile error names file and line); the stack lines
  // (Rolldown puts the plugin's own into the message) only where inside the tools it was found.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`${message.split('\n').filter(line => !/^\s+at /.test(line)).join('\n')}\n`)
  process.exit(1)
}
