import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classroomInputs } from '../../../tools/classroom/buildClassroom'
import { classroomLesson, publicSiteDir } from '../../../tools/classroom/buildPaths'
import { root as projectRoot } from '../../support/root'

const root = resolve(projectRoot)

describe('classroomLesson', () => {
  it('is lesson 2 at the root when no entry is given, with its site and logs there', () => {
    expect(classroomLesson(root)).toEqual({ entry: 'slides.md', lessonRoot: root })
    expect(publicSiteDir(classroomLesson(root).lessonRoot)).toBe(join(root, 'dist-public'))
  })

  it('is the folder of another lesson\'s entry, whose public site is built beside it', () => {
    const lesson = classroomLesson(root, 'lessons/03-deployment/slides.md')
    expect(lesson).toEqual({ entry: join('lessons', '03-deployment', 'slides.md'), lessonRoot: join(root, 'lessons', '03-deployment') })
    expect(publicSiteDir(lesson.lessonRoot)).toBe(join(root, 'lessons', '03-deployment', 'dist-public'))
  })

  it('builds another lesson\'s classroom from that lesson\'s inputs, not lesson 2\'s', () => {
    const inputs = classroomInputs(root, 'lessons/03-deployment/slides.md')
    expect(inputs).toContain(join('lessons', '03-deployment', 'data'))
    expect(inputs).toContain(join('lessons', '03-deployment', 'slides.md'))
    expect(inputs).not.toContain('data')
    expect(inputs).toContain('components')
  })
})
