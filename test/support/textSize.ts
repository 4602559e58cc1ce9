import type { Page } from '@playwright/test'
import type { TextRun } from '../../tools/export/textSize'
import { isUnder, measureText, MIN_TEXT_PX } from '../../tools/export/textSize'

/** One run of text as a person sees it on the slide, and whether it is one of the lesson's sentences. */
export interface SlideTextRun extends TextRun {
  /** A sentence of the lesson (dialogue, milestone, paragraph) rather than a label. */
  sentence: boolean
}

/**
 * Every visible text run of slide `no` on screen, with the size it is rendered at on the canvas:
 * the export's own measure (`measureText` in tools/export/textSize.ts). A run is a sentence when
 * it is part of one of `sentences`: the lesson's dialogue, milestones, paragraphs and captions,
 * which must be larger than labels.
 */
export async function measureSlideText(page: Page, no: number, sentences: readonly string[]): Promise<SlideTextRun[]> {
  const canvasWidth = await page.locator('#slide-content').evaluate(canvas => (canvas as HTMLElement).offsetWidth)
  const [runs] = await page.locator(`.slidev-page-${no}`).evaluateAll(measureText, canvasWidth)
  if (!runs)
    throw new Error(`slide ${no} is not on the page`)
  // Holding one of the lesson's sentences, or a part of one long enough not to be a word of a label.
  const isSentence = (text: string): boolean => sentences.some(s => text.includes(s) || ([...text].length >= 12 && s.includes(text)))
  return runs.map(run => ({ ...run, sentence: isSentence(run.text) }))
}

export interface TextSizeRule {
  /** Smallest size for any text on a slide (the export's own floor, MIN_TEXT_PX). */
  minPx: number
  /** Smallest size for the lesson's sentences. */
  minSentencePx: number
}

/**
 * Back-row legibility on the 980-px canvas, for every lesson: any text at the export's floor
 * (16 px), the lesson's own sentences at 20 px, which only the tests know.
 */
export const TEXT_RULE: TextSizeRule = { minPx: MIN_TEXT_PX, minSentencePx: 20 }

/** The runs a person at the back of the room cannot read, as `"text" (element) 12.8 px < 16 px`. */
export function tooSmall(runs: readonly SlideTextRun[], rule: TextSizeRule): string[] {
  return runs
    .map((run) => {
      const min = run.sentence ? rule.minSentencePx : rule.minPx
      return isUnder(run.px, min) ? `"${run.text.slice(0, 40)}" (${run.element}) ${run.px} px < ${min} px${run.sentence ? ' (a sentence)' : ''}` : null
    })
    .filter((problem): problem is string => problem !== null)
}
