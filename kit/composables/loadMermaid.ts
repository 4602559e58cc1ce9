import type { Mermaid } from 'mermaid'

/**
 * Loads Mermaid's pre-built ES module, which vite.config.ts ships as files of the site
 * (lib/mermaid/vendorMermaidPlugin.ts) rather than as part of the deck's bundle.
 */
export async function loadMermaid(): Promise<Mermaid> {
  const url = `${import.meta.env.BASE_URL}vendor/mermaid/mermaid.esm.min.mjs`
  const module = await import(/* @vite-ignore */ url) as { default: Mermaid }
  return module.default
}
