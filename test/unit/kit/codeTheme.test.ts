import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CODE_BACKGROUND, CODE_CONTRAST, deckCodeTheme, HIGHLIGHT_BACKGROUND } from '../../../kit/slides/codeTheme'
import { contrastRatio, darkenToContrast, parseHex } from '../../../kit/slides/contrast'
import { root } from '../../support/root'

describe('contrast', () => {
  it('measures WCAG ratios', () => {
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21)
    expect(contrastRatio(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 1)
  })

  it('darkens a light colour until it reaches the ratio, and leaves a dark one alone', () => {
    const fixed = darkenToContrast('#a0ada0', '#ffffff', 7)
    expect(contrastRatio(parseHex(fixed), parseHex('#ffffff'))).toBeGreaterThanOrEqual(7)
    expect(darkenToContrast('#18181b', '#ffffff', 7)).toBe('#18181b')
  })
})

describe('the deck\'s code theme', () => {
  it('gives every token colour 7:1 on the code block\'s background and on a highlighted line\'s band', () => {
    const colours = (deckCodeTheme.tokenColors ?? []).flatMap(rule => rule.settings.foreground ?? [])
    expect(colours.length).toBeGreaterThan(10)
    for (const colour of [...colours, deckCodeTheme.colors!['editor.foreground']!]) {
      for (const background of [CODE_BACKGROUND, HIGHLIGHT_BACKGROUND])
        expect(contrastRatio(parseHex(colour), parseHex(background)), `${colour} on ${background}`).toBeGreaterThanOrEqual(CODE_CONTRAST)
    }
  })

  it('knows the band the deck\'s stylesheet draws behind highlighted lines', () => {
    const deckCss = readFileSync(join(root, 'styles', 'deck.css'), 'utf8')
    expect(deckCss).toContain(`--deck-accent-soft: ${HIGHLIGHT_BACKGROUND};`)
  })
})
