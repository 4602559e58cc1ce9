import type { ThemeRegistration } from 'shiki'

/**
 * The deck's code colours: Shiki's GitHub Light with every token colour darkened to 7:1 against
 * the code block's background, as all the deck's text is (its comments are about 4.6:1 as shipped,
 * Slidev's default theme's about 2.3:1). setup/shiki.ts hands it to Slidev.
 */
import githubLight from 'shiki/themes/github-light.mjs'
import { darkenToContrast } from './contrast'

/** The code block's background; styles/blocks.css gives Slidev's code blocks the same. */
export const CODE_BACKGROUND = '#f6f8fa'
export const CODE_CONTRAST = 7

export function contrastTheme(base: ThemeRegistration, background: string, ratio: number, name: string): ThemeRegistration {
  const fix = (colour: string | undefined) => colour === undefined ? undefined : darkenToContrast(colour, background, ratio)
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

export const deckCodeTheme: ThemeRegistration = contrastTheme(githubLight as ThemeRegistration, CODE_BACKGROUND, CODE_CONTRAST, 'lesson-kit-light')
