/** The attribute that marks a native Mermaid block that failed: the export refuses to print it. */
export const MERMAID_ERROR_ATTRIBUTE = 'data-mermaid-error'

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, c => `&#${c.charCodeAt(0)};`)

/**
 * Whether Mermaid failed to load a part of itself (a file missing from the site) rather than to
 * read the diagram: the author's fix is then in the build, not in the diagram. Chromium, Firefox
 * and Safari word it differently.
 */
export function isLoadFailure(message: string): boolean {
  return /dynamically imported module|importing a module script failed/i.test(message)
}

/** How many columns of the message fit on a line of the 720-px box (a Chinese character takes two). */
const MESSAGE_COLUMNS = 84

/** The message's lines broken to `columns` (an SVG text does not wrap): a long address or path in full, not cut at the box's edge. */
export function wrapMessage(message: string, columns = MESSAGE_COLUMNS): string[] {
  const lines: string[] = []
  for (const line of message.split('\n').filter(text => text.trim() !== '')) {
    let current = ''
    let width = 0
    for (const char of line) {
      const charWidth = /[\u2E80-\uFFEF]/.test(char) ? 2 : 1
      if (width + charWidth > columns) {
        lines.push(current)
        current = ''
        width = 0
      }
      current += char
      width += charWidth
    }
    lines.push(current)
  }
  return lines
}

/**
 * What a ```mermaid block that does not draw shows in place of its diagram: the kit's heading
 * and Mermaid's message, readable on the slide, marked so the export fails naming the slide.
 */
export function mermaidErrorSvg(heading: string, message: string): string {
  const lines = wrapMessage(message).slice(0, 8)
  const texts = [heading, ...lines].map((line, i) => `<text x="12" y="${28 + i * 24}" font-size="${i === 0 ? 18 : 15}"${i === 0 ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" ${MERMAID_ERROR_ATTRIBUTE}="${escapeXml(message)}" role="img" aria-label="${escapeXml(heading)}" width="720" height="${40 + texts.length * 24}" style="background:#fde8e8;color:#7f1d1d;fill:#7f1d1d;font-family:inherit">${texts.join('')}</svg>`
}
