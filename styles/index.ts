/*
 * Noto Sans SC, subset at build time to the characters of this deck (lib/fonts, registered in
 * vite.config.ts), so Chinese renders the same in every browser and PDF with no CJK system font
 * and no network. Headmatter `fonts.sans` makes it Slidev's sans family everywhere, presenter
 * notes included.
 */
import 'virtual:deck-fonts.css'
import './deck.css'
import './blocks.css'
import './stepBack.css'
import './a11y.css'
