import type { MermaidConfig } from 'mermaid'

/** The deck's font first, so labels are measured and drawn with the bundled Noto Sans SC. */
export const diagramFontFamily = '"Noto Sans SC", sans-serif'

/** One Mermaid configuration for Slidev's built-in renderer and the deck's own diagrams. */
export const mermaidConfig: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  fontFamily: diagramFontFamily,
  themeVariables: {
    fontFamily: diagramFontFamily,
    fontSize: '16px',
    primaryColor: '#e4efff',
    primaryBorderColor: '#1d4ed8',
    primaryTextColor: '#18181b',
    lineColor: '#52525b',
    clusterBkg: '#fafafa',
    clusterBorder: '#a1a1aa',
  },
  flowchart: {
    htmlLabels: true,
    curve: 'basis',
    padding: 12,
    nodeSpacing: 28,
    rankSpacing: 40,
    useMaxWidth: true,
  },
}
