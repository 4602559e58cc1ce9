/**
 * The lesson, validated. Everything that shows lesson content (slides, notes,
 * diagrams, PDFs) reads it from here, so each fact is written once.
 */
import { comparison } from './comparison'
import { course } from './course'
import { dialogue } from './dialogue'
import { history } from './history'
import { lab } from './lab'
import { liveQuestions } from './liveQuestions'
import { necessity } from './necessity'
import { opening } from './opening'
import { orchestration } from './orchestration'
import { plan } from './plan'
import { recap } from './recap'
import { speakers } from './speakers'
import { topologies } from './topologies'
import { validateLesson } from './validateLesson'

export type * from './schema'

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
  plan,
  liveQuestions,
}

export const lesson = validateLesson(lessonInput)
