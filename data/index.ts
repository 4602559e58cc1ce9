/**
 * Lesson 2, validated. Everything that shows lesson content (slides, notes, diagrams, PDFs)
 * reads it from here, so each fact is written once. The sections given are the ones this lesson
 * has; the kit checks each against its building block.
 */
import { defineLesson } from 'slidev-addon-lesson-kit/lesson'
import { comparison } from './comparison'
import { course } from './course'
import { dialogue } from './dialogue'
import { history } from './history'
import { lab } from './lab'
import { necessity } from './necessity'
import { opening } from './opening'
import { orchestration } from './orchestration'
import { plan } from './plan'
import { playground } from './playground'
import { recap } from './recap'
import { speakers } from './speakers'
import { topologies } from './topologies'

export const lessonInput = {
  course,
  opening,
  speakers,
  dialogue,
  topologies,
  comparison,
  necessity,
  history,
  orchestration,
  lab,
  recap,
  playground,
  plan,
}

export const lesson = defineLesson(lessonInput)
