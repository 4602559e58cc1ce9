import { describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { MissingLessonPathError, strictLesson } from '../../../kit/lesson/strictLesson'

describe('strictLesson', () => {
  const view = strictLesson(lesson)

  it('reads the lesson as it is', () => {
    expect(view.course.lessonTitle).toBe(lesson.course.lessonTitle)
    expect(view.dialogue.slice(0, 2).map(turn => turn.text)).toEqual(lesson.dialogue.slice(0, 2).map(turn => turn.text))
    expect(JSON.parse(JSON.stringify(view.course))).toEqual(lesson.course)
  })

  it('throws, naming the whole path, on a field the lesson does not have', () => {
    const read = () => (view.orchestration as unknown as Record<string, unknown>).projectz
    expect(read).toThrow(MissingLessonPathError)
    expect(read).toThrow('$lesson.orchestration.projectz does not exist in the lesson data')
  })

  it('gives the same view of an object every time, as Vue expects of unchanged props', () => {
    expect(view.course).toBe(view.course)
  })
})

describe('strictLesson and optional fields', () => {
  it('reads a field some items leave out as undefined, since others have it', () => {
    const topologies = strictLesson(lesson).topologies
    const lone = topologies.find(topology => topology.entry === undefined)
    expect(lone, 'lesson 2 has a topology without an access address').toBeDefined()
    expect(topologies.some(topology => topology.entry !== undefined)).toBe(true)
  })
})
