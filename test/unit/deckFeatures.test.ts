import { readFileSync } from 'node:fs'
import { detectFeatures } from '@slidev/parser'
import { describe, expect, it } from 'vitest'

const slides = readFileSync(new URL('../../slides.md', import.meta.url), 'utf8')

describe('the features Slidev detects in slides.md', () => {
  it('include no KaTeX math, so the build ships no KaTeX stylesheet and fonts', () => {
    // Two `$` on one line (`$lesson.a … $lesson.b`) read as inline math to Slidev.
    const lines = slides.split('\n').map((line, index) => ({ line, no: index + 1 })).filter(({ line }) => detectFeatures(line).katex)
    expect(lines, 'put each `$lesson…` binding on its own line').toEqual([])
    expect(detectFeatures(slides).katex).toBe(false)
  })
})
