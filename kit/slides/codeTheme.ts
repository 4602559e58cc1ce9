import type { ThemeRegistration } from 'shiki'

/**
 * The deck's code colours: Shiki's GitHub Light with every token colour darkened to 7:1 against
 * the code block's background and the highlighted lines' band, as all the deck's text is (its comments are about 4.6:1 as shipped,
 * Slidev's default theme's about 2.3:1). setup/shiki.ts hands it to Slidev.
 */
import githubLight from 'shiki/themes/github-light.mjs'
import { darkenToContrast } from './contrast'

/** The code block's background; styles/blocks.css gives Slidev's code blocks the same. */
export const CODE_BACKGROUND = '#f6f8fa'
/** The band behind a click step's highlighted lines (styles/deck.css: --deck-accent-soft). */
export const HIGHLIGHT_BACKGROUND = '#e4efff'
export const CODE_CONTRAST = 7

/** `base` with every colour darkened to `ratio` against each of `backgrounds` (the first is the editor's). */
export function contrastTheme(base: ThemeRegistration, backgrounds: readonly [string, ...string[]], ratio: number, name: string): ThemeRegistration {
  const background = backgrounds[0]
  // Darkening only raises the contrast against a lighter background: one pass per background holds for all.
  const fix = (colour: string | undefined) => colour === undefined ? undefined : backgrounds.reduce((c, b) => darkenToContrast(c, b, ratio), colour)
  return {
    ...base,
    name,
    colors: { ...base.colors, 'editor.background': background, 'editor.foreground': fix(base.colors?.['editor.foreground']) ?? '#18181b' },
    tokenColors: (base.tokenColors ?? []).map(rule => ({
      ...rule,
      settings: { ...rule.settings, foreground: fix(rule.settings.foreground) },
    })),
  }
}

export const deckCodeTheme: ThemeRegistration = contrastTheme(githubLight as ThemeRegistration, [CODE_BACKGROUND, HIGHLIGHT_BACKGROUND], CODE_CONTRAST, 'lesson-kit-light')
