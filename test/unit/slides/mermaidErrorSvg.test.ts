import { describe, expect, it } from 'vitest'
import { isLoadFailure, MERMAID_ERROR_ATTRIBUTE, mermaidErrorSvg, wrapMessage } from '../../../kit/slides/mermaidErrorSvg'

describe('mermaidErrorSvg: a diagram that does not draw, shown as its message', () => {
  it('breaks a long line to the box\'s width, losing nothing; a Chinese character counts twice', () => {
    const url = `Failed to fetch dynamically imported module: http://127.0.0.1:4000/vendor/mermaid/chunks/mermaid.esm.min/sequenceDiagram-52ZFIFDL.mjs`
    const lines = wrapMessage(url, 40)
    expect(lines.join('')).toBe(url)
    expect(Math.max(...lines.map(line => line.length))).toBe(40)
    expect(wrapMessage('语法错误'.repeat(15), 40)).toEqual(['语法错误'.repeat(5), '语法错误'.repeat(5), '语法错误'.repeat(5)])
  })

  it('tells a part of Mermaid that did not load from a diagram that does not parse', () => {
    expect(isLoadFailure('Failed to fetch dynamically imported module: http://127.0.0.1/vendor/mermaid/x.mjs')).toBe(true)
    expect(isLoadFailure('Importing a module script failed.')).toBe(true)
    expect(isLoadFailure('error loading dynamically imported module')).toBe(true)
    expect(isLoadFailure('Parse error on line 2: ... Expecting \'SEMI\', got \'EOF\'')).toBe(false)
  })

  it('keeps the whole message for the export, escaped, and draws the heading first', () => {
    const svg = mermaidErrorSvg('图表无法显示', 'Parse error on line 2:\n<a> & "b"')
    expect(svg).toContain(`${MERMAID_ERROR_ATTRIBUTE}="Parse error on line 2:\n&#60;a&#62; &#38; &#34;b&#34;"`)
    expect([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1])).toEqual(['图表无法显示', 'Parse error on line 2:', '&#60;a&#62; &#38; &#34;b&#34;'])
  })
})
