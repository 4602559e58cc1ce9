/**
 * Lesson 3, validated: 应用编排与管理：Deployment, for one 45-minute period, Kubernetes v1.31. The
 * course's name and characters come from course/; the rolling-update steps are a section of
 * this lesson's own (`rollingUpdate`, a kit `blocks.steps`).
 */
import { blocks, defineLesson } from 'slidev-addon-lesson-kit/lesson'
import { course } from './course'
import { dialogue } from './dialogue'
import { lab } from './lab'
import { liveQuestions } from './liveQuestions'
import { plan } from './plan'
import { recap } from './recap'
import { rollingUpdate } from './rollingUpdate'
import { speakers } from './speakers'

export const lesson = defineLesson(
  { course, speakers, dialogue, lab, recap, plan, liveQuestions, rollingUpdate },
  { sections: { rollingUpdate: blocks.steps } },
)
