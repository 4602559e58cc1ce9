/** Code blocks in the deck's code colours (7:1 on their background): kit/slides/codeTheme.ts. */
import { defineShikiSetup } from '@slidev/types'
import { deckCodeTheme } from '../kit/slides/codeTheme'

export default defineShikiSetup(() => ({ themes: { light: deckCodeTheme, dark: deckCodeTheme } }))
