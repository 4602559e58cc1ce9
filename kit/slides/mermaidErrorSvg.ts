/** The attribute that marks a native Mermaid block that failed: the export refuses to print it. */
export const MERMAID_ERROR_ATTRIBUTE = 'data-mermaid-error'

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, c => `&#${c.charCodeAt(0)};`)

/**
 * What a ```mermaid block that does not parse shows in place of its diagram: the kit's heading
 * and Mermaid's message, readable on the slide, marked so the export fails naming the slide.
 */
export function mermaidErrorSvg(heading: string, message: string): string {
  const lines = message.split('\n').filter(line => line.trim() !== '').slice(0, 6)
  const texts = [heading, ...lines].map((line, i) => `<text x="12" y="${28 + i * 24}" font-size="${i === 0 ? 18 : 15}"${i === 0 ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" ${MERMAID_ERROR_ATTRIBUTE}="${escapeXml(message)}" role="img" aria-label="${escapeXml(heading)}" width="720" height="${40 + texts.length * 24}" style="background:#fde8e8;color:#7f1d1d;fill:#7f1d1d;font-family:inherit">${texts.join('')}</svg>`
}
