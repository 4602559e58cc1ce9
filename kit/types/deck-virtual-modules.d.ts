/** Modules made by this project's Vite plugins (vite.config.ts). */
declare module 'virtual:deck-lesson' {
  import type { Lesson } from '../lesson/schema'

  /** The lesson, validated in Node when the deck was built or served. */
  export const lesson: Lesson
}
