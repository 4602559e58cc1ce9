import { defineConfig } from 'vite'

// Slidev reads this for lesson 2 (the root's own deck) and, as the addon's config, for every other
// lesson; the kit's Vite plugins are in setup/vite-plugins.ts. Builds are stamped with their inputs
// by tools/build/buildCache.ts, not by a plugin.
export default defineConfig({
  // Pre-bundled when the dev server starts: discovered on first use instead (the lab slide's QR
  // code), Vite would reload the page in front of the class. test/e2e/dev.spec.ts guards it.
  optimizeDeps: { include: ['uqr'] },
  server: {
    // What the kit's commands write beside a lesson (builds, PDFs, class logs, screenshots): a
    // build of the classroom site while `npm run dev` runs would send the dev server thousands of
    // file events for nothing.
    watch: { ignored: ['**/dist/**', '**/dist-public/**', '**/.dist*.tmp/**', '**/.dist*.old/**', '**/exports/**', '**/classroom-logs/**', '**/screenshots/**', '**/test-results/**', '**/bench/runs/**'] },
  },
  build: {
    // Gzip sizes of every chunk, printed by each build, cost seconds that nobody reads.
    reportCompressedSize: false,
    // Rolldown's report of slow plugins (the font subsetting, UnoCSS) on every build: nothing to act on.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  slidev: {
    // Slidev copies an addon's public/ into every lesson that names it; the root's public/ is
    // lesson 2's own (its avatars and favicon), so no other lesson ships it.
    staticCopy: { targets: [] },
  },
})
