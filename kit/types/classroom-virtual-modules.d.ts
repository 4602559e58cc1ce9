/** Modules made by the classroom apps' build (tools/classroom/buildStudent.ts). */
declare module 'virtual:classroom-phone-slides' {
  import type { PhoneSlide } from '../classroom/slideModel'

  /** Every slide as a phone shows it (no notes, no answers). */
  export const slides: PhoneSlide[]
}

declare module 'virtual:classroom-diagrams' {
  /** SVG markup of each diagram the slides show, by topology id, drawn at build time. */
  export const diagrams: Record<string, string>
}

declare module 'virtual:classroom-outline' {
  /** Each slide's number, title and click count, for the presenter remote. */
  export const outline: { no: number, title: string, clicks: number }[]
}

declare module 'virtual:deck-fonts.css'
