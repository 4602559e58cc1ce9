import { defineConfig } from 'vite'

// Slidev merges this into every lesson's Vite config (it reads vite.config.ts from each addon).
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
})
