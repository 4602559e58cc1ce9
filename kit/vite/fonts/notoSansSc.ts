import type { FontSource } from './deckFontsPlugin.ts'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Noto Sans SC as complete TrueType fonts (every glyph of Google Fonts' release, SIL Open Font
 * License 1.1), the source the subsets are cut from; @fontsource ships only pre-cut slices.
 */
export const NOTO_SANS_SC: FontSource = {
  family: 'Noto Sans SC',
  fileStem: 'noto-sans-sc',
  weights: [
    { weight: 400, path: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf') },
    { weight: 700, path: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf') },
  ],
}
