import type { Plugin } from 'vite'
import { createReadStream, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { mermaidFiles } from './vendorFiles.ts'

/** Where the deck loads Mermaid from, below the site's base URL. */
export const MERMAID_VENDOR_PATH = 'vendor/mermaid/'

/**
 * Ships Mermaid's pre-built ES modules as files of the site (`/vendor/mermaid/…`) instead of
 * bundling its sources: the build no longer parses and minifies 3.5 MB of Mermaid on every run,
 * and the dev server no longer pre-bundles it (its CommonJS dayjs once broke the diagrams there).
 * composables/loadMermaid.ts imports the entry at run time.
 */
export function vendorMermaid(): Plugin {
  const distDir = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist')
  const files = mermaidFiles(distDir)
  const shipped = new Set(files)
  return {
    name: 'deck:vendor-mermaid',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? ''
        const prefix = `${server.config.base}${MERMAID_VENDOR_PATH}`
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : ''
        if (!shipped.has(file))
          return next()
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8')
        createReadStream(join(distDir, file)).pipe(res)
      })
    },
    generateBundle() {
      for (const file of files)
        this.emitFile({ type: 'asset', fileName: `${MERMAID_VENDOR_PATH}${file}`, source: readFileSync(join(distDir, file)) })
    },
  }
}
