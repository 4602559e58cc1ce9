import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckFonts } from './lib/fonts/deckFontsPlugin.ts'
import { NOTO_SANS_SC } from './lib/fonts/notoSansSc.ts'
import { lessonModule } from './lib/lesson/lessonModulePlugin.ts'
import { buildStamp } from './lib/present/buildStampPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const lessonPath = `${root}data/index.ts`

export default defineConfig({
  // Mermaid's own pre-built, self-contained ESM bundle rather than its sources:
  // bundling those (3.5 MB with d3, dayjs, cytoscape…) dominated build time, and
  // in Slidev's dev and export servers their CommonJS dayjs broke the diagrams.
  // Pre-bundled up front, it is not discovered late on a first render (which
  // reloads the page). test/e2e/dev.spec.ts guards the dev server.
  resolve: { alias: { mermaid: 'mermaid/dist/mermaid.esm.min.mjs' } },
  optimizeDeps: { include: ['mermaid'] },
  // Gzip sizes of every chunk, printed by each build, cost seconds that nobody reads.
  build: { reportCompressedSize: false },
  plugins: [
    // $lesson for the browser: validated in Node, shipped as JSON (no schema library in the bundle).
    lessonModule({ root, modulePath: lessonPath }),
    // Noto Sans SC cut down to the deck's characters: virtual:deck-fonts.css (styles/index.ts).
    deckFonts({ root, lessonModule: lessonPath, font: NOTO_SANS_SC, cacheDir: `${root}node_modules/.cache/deck-fonts` }),
    // Records what each build was made from, for `npm run present`.
    buildStamp({ root }),
  ],
})
