import { defineConfig } from 'vite'

// Slidev's dev and export servers serve dependencies through Vite's optimiser.
// Mermaid is imported lazily by components/MermaidDiagram.vue, so Vite would
// discover it only on first render and serve dayjs (a Mermaid dependency)
// unbundled, where its CommonJS build has no default export and the diagram
// fails. Pre-bundling both up front avoids that; test/e2e/dev.spec.ts guards it.
export default defineConfig({ optimizeDeps: { include: ['mermaid', 'dayjs'] } })
