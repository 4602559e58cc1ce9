import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { slideChecks } from './lib/deck/slideChecksPlugin.ts'
import { deckFonts } from './lib/fonts/deckFontsPlugin.ts'
import { NOTO_SANS_SC } from './lib/fonts/notoSansSc.ts'
import { lessonModule } from './lib/lesson/lessonModulePlugin.ts'
import { vendorMermaid } from './lib/mermaid/vendorMermaidPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const lessonPath = `${root}data/index.ts`

export default defineConfig({
  // Pre-bundled when the dev server starts: discovered on first use instead (the lab slide's QR
  // code), Vite would reload the page in front of the class. test/e2e/dev.spec.ts guards it.
  optimizeDeps: { include: ['uqr'] },
  build: {
    // Gzip sizes of every chunk, printed by each build, cost seconds that nobody reads.
    reportCompressedSize: false,
    // Rolldown's report of slow plugins (the font subsetting, UnoCSS) on every build: nothing to act on.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  plugins: [
    // Mermaid's pre-built ES modules for flowcharts, shipped as files rather than bundled.
    vendorMermaid({ diagramTypes: ['flow'] }),
    // $lesson for the browser: validated in Node, shipped as JSON (no schema library in the bundle).
    lessonModule({ root, modulePath: lessonPath }),
    // An unknown component tag or $lesson path fails the build, naming slide, file and tag or path.
    slideChecks({ root, lessonModule: lessonPath }),
    // Noto Sans SC cut down to the deck's characters: virtual:deck-fonts.css (styles/index.ts).
    deckFonts({ root, lessonModule: lessonPath, font: NOTO_SANS_SC, cacheDir: `${root}node_modules/.cache/deck-fonts` }),
  ],
})
