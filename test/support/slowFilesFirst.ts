import type { TestSpecification } from 'vitest/node'
import { BaseSequencer } from 'vitest/node'

/**
 * The projects whose files build a deck and walk it in Chromium, longest first: started first,
 * they keep both cores busy, and the many quick files fill the gaps at the end. (Vitest's own
 * order runs the projects by name, which left the lesson walks for last on one core.)
 */
const SLOW_PROJECTS = ['lessons', 'build', 'export']

function rank(spec: TestSpecification): number {
  const index = SLOW_PROJECTS.indexOf(spec.project.name)
  return index === -1 ? SLOW_PROJECTS.length : index
}

export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    // Array.prototype.sort is stable: within a rank, Vitest's own order (longest known first) stays.
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}
