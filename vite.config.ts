import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckFonts } from './lib/fonts/deckFontsPlugin.ts'
import { NOTO_SANS_SC } from './lib/fonts/notoSansSc.ts'
import { lessonModule } from './lib/lesson/lessonModulePlugin.ts'
import { buildStamp } from './lib/present/buildStampPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const lessonPath = `${root}data/index.ts`

export default defineConfig({
  // Slidev's dev and export servers serve dependencies through Vite's optimiser.
  // Mermaid is imported lazily by components/MermaidDiagram.vue, so Vite would
  // discover it only on first render and serve dayjs (a Mermaid dependency)
  // unbundled, where its CommonJS build has no default export and the diagram
  // fails. Pre-bundling both up front avoids that; test/e2e/dev.spec.ts guards it.
  optimizeDeps: { include: ['mermaid', 'dayjs'] },
  plugins: [
    // $lesson for the browser: validated in Node, shipped as JSON (no schema library in the bundle).
    lessonModule({ root, modulePath: lessonPath }),
    // Noto Sans SC cut down to the deck's characters: virtual:deck-fonts.css (styles/index.ts).
    deckFonts({ root, lessonModule: lessonPath, font: NOTO_SANS_SC, cacheDir: `${root}node_modules/.cache/deck-fonts` }),
    // Records what each build was made from, for `npm run present`.
    buildStamp({ root }),
  ],
})
