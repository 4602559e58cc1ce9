import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckFonts } from './lib/fonts/deckFontsPlugin.ts'
import { NOTO_SANS_SC } from './lib/fonts/notoSansSc.ts'
import { audienceFromEnv, lessonModule } from './lib/lesson/lessonModulePlugin.ts'
import { vendorMermaid } from './lib/mermaid/vendorMermaidPlugin.ts'
import { buildStamp } from './lib/present/buildStampPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const lessonPath = `${root}data/index.ts`

export default defineConfig({
  // Pre-bundled when the dev server starts: discovered on first use instead (the lab slide's QR
  // code), Vite would reload the page in front of the class. test/e2e/dev.spec.ts guards it.
  optimizeDeps: { include: ['uqr'] },
  // Gzip sizes of every chunk, printed by each build, cost seconds that nobody reads.
  build: { reportCompressedSize: false },
  plugins: [
    // Mermaid's pre-built ES modules for flowcharts, shipped as files rather than bundled.
    vendorMermaid({ diagramTypes: ['flow'] }),
    // $lesson for the browser: validated in Node, shipped as JSON (no schema library in the bundle).
    lessonModule({ root, modulePath: lessonPath, audience: audienceFromEnv(process.env) }),
    // Noto Sans SC cut down to the deck's characters: virtual:deck-fonts.css (styles/index.ts).
    deckFonts({ root, lessonModule: lessonPath, font: NOTO_SANS_SC, cacheDir: `${root}node_modules/.cache/deck-fonts` }),
    // Records what each build was made from, for `npm run present`.
    buildStamp({ root }),
  ],
})
