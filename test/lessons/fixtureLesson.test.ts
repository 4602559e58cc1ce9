/** The kit makes any lesson, not only the one at the project root: a fixture lesson with other content. */
import { describe } from 'vitest'
import { lessonSuite } from './lessonSuite'

describe('the fixture lesson', () => {
  lessonSuite('fixture', () => 'test/fixtures/lesson-fixture/slides.md')
})
