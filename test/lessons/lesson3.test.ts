/** Lesson 3, written with the kit from its source text, passes the kit's checks on any lesson. */
import { describe } from 'vitest'
import { lessonSuite } from './lessonSuite'

describe('lesson 3 (Deployment)', () => {
  lessonSuite('lesson-3', () => 'lessons/03-deployment/slides.md')
})
