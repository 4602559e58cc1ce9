/** Modules made by the classroom apps' build (tools/classroom/buildStudent.ts). */
declare module 'virtual:classroom-phone-slides' {
  /** Loads a slide's markup at each click, by slide number (a chunk each). */
  export const loaders: Record<number, () => Promise<string[]>>
}

declare module 'virtual:classroom-phone-slides.css'

declare module 'virtual:classroom-outline' {
  import type { PhoneSlideOutline } from '../classroom/phoneDeck'

  /** Each slide's number, title and click count. */
  export const outline: PhoneSlideOutline[]
}

declare module 'virtual:deck-fonts.css'
