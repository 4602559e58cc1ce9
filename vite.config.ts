import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckFonts } from './lib/fonts/deckFontsPlugin.ts'
import { NOTO_SANS_SC } from './lib/fonts/notoSansSc.ts'
import { lessonModule } from './lib/lesson/lessonModulePlugin.ts'
import { buildStamp } from './lib/present/buildStampPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const lessonPath = `${root}data/index.ts`

export default defineConfig({
  optimizeDeps: { include: ['mermaid', 'dayjs'] },
  plugins: [
    lessonModule({ root, modulePath: lessonPath }),
    deckFonts({ root, lessonModule: lessonPath, font: NOTO_SANS_SC, cacheDir: `${root}node_modules/.cache/deck-fonts` }),
    buildStamp({ root }),
  ],
})
