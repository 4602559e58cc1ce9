import type { Lesson, Topology } from '../lesson/schema'

declare module 'vue' {
  interface ComponentCustomProperties {
    /** The validated lesson content, set in setup/main.ts. */
    $lesson: Lesson
    /** The topology with this id; throws on an unknown id. */
    $topology: (id: string) => Topology
  }
}

export {}
