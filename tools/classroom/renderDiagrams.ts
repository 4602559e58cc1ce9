import type { Browser } from 'playwright-core'
import type { Topology } from '../../kit/lesson/schema.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize } from 'node:path'
import { mermaidConfig } from '../../kit/slides/mermaidConfig.ts'
import { buildTopologyDiagram } from '../../kit/slides/topologyDiagram.ts'
import { NOTO_SANS_SC } from '../../kit/vite/fonts/notoSansSc.ts'
import { MERMAID_ENTRY } from '../../kit/vite/mermaid/vendorFiles.ts'

/** A made-up origin the page is served from by request interception: nothing reaches a network. */
const ORIGIN = 'http://diagrams.invalid'

const mermaidDist = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist')

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
${NOTO_SANS_SC.weights.map(w => `@font-face { font-family: "${NOTO_SANS_SC.family}"; font-weight: ${w.weight}; src: url(/font/${w.weight}.ttf); }`).join('\n')}
body { font-family: "${NOTO_SANS_SC.family}", sans-serif; width: 900px; }
</style></head><body></body></html>`

/**
 * Draws each topology's Mermaid diagram to an SVG string in headless Chromium, at build time,
 * with the deck's Mermaid configuration and its font (so labels are measured as they will be
 * drawn): phones get the pictures without Mermaid's runtime. An invalid diagram stops the build
 * naming the topology.
 */
export async function renderTopologyDiagrams(browser: Browser, topologies: readonly Topology[]): Promise<Map<string, string>> {
  const page = await browser.newPage()
  try {
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== ORIGIN)
        return route.abort()
      if (url.pathname === '/')
        return route.fulfill({ contentType: 'text/html', body: PAGE })
      const font = /^\/font\/(\d+)\.ttf$/.exec(url.pathname)
      if (font) {
        const weight = NOTO_SANS_SC.weights.find(w => String(w.weight) === font[1])
        return weight ? route.fulfill({ contentType: 'font/ttf', body: readFileSync(weight.path) }) : route.abort()
      }
      if (url.pathname.startsWith('/mermaid/')) {
        const file = normalize(url.pathname.slice('/mermaid/'.length))
        if (file.startsWith('..'))
          return route.abort()
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(mermaidDist, file)) })
      }
      return route.abort()
    })
    await page.goto(`${ORIGIN}/`)
    const diagrams = topologies.map(t => ({ id: t.id, code: buildTopologyDiagram(t) }))
    const results = await page.evaluate(async ({ diagrams, config, entry, family }) => {
      const text = diagrams.map(d => d.code).join('\n')
      await Promise.all([document.fonts.load(`16px "${family}"`, text), document.fonts.load(`bold 16px "${family}"`, text)])
      const { default: mermaid } = await import(/* @vite-ignore */ `/mermaid/${entry}`) as { default: typeof import('mermaid').default }
      mermaid.initialize(config)
      const out: { id: string, svg?: string, error?: string }[] = []
      for (const diagram of diagrams) {
        try {
          await mermaid.parse(diagram.code)
          out.push({ id: diagram.id, svg: (await mermaid.render(`phone-diagram-${diagram.id}`, diagram.code)).svg })
        }
        catch (error) {
          out.push({ id: diagram.id, error: error instanceof Error ? error.message : String(error) })
        }
      }
      return out
    }, { diagrams, config: mermaidConfig, entry: MERMAID_ENTRY, family: NOTO_SANS_SC.family })
    const svgs = new Map<string, string>()
    for (const result of results) {
      if (result.svg === undefined)
        throw new Error(`the diagram of topology "${result.id}" does not render: ${result.error}`)
      svgs.set(result.id, result.svg)
    }
    return svgs
  }
  finally {
    await page.close()
  }
}
