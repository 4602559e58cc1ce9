/**
 * A test fixture lesson for Markdown's own blocks: a code block (YAML with Chinese comments and
 * click steps), a table, a native Mermaid diagram with Chinese labels and an image from its
 * public/. test/e2e/blocks.spec.ts walks it in Chromium and exports it.
 */
import { defineLesson } from 'slidev-addon-lesson-kit/lesson'
import { course } from './course'
import { dialogue } from './dialogue'
import { plan } from './plan'
import { speakers } from './speakers'

export const lesson = defineLesson({ course, speakers, dialogue, plan })
