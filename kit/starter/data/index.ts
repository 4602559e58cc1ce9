/**
 * The lesson, validated: slides.md reads it as `$lesson`. The sections given here are the ones
 * the lesson has (only course and plan are required); the kit checks each and names the file and
 * field of any mistake when the deck builds.
 */
import { defineLesson } from 'slidev-addon-lesson-kit/lesson'
import { course } from './course'
import { dialogue } from './dialogue'
import { history } from './history'
import { lab } from './lab'
import { plan } from './plan'
import { recap } from './recap'
import { speakers } from './speakers'
import { topologies } from './topologies'

export const lesson = defineLesson({ course, speakers, dialogue, topologies, history, lab, recap, plan })
