/**
 * A lesson's own sections: beside the kit's sections (schema.ts), a lesson declares sections of
 * its own in `defineLesson(input, { sections })`, each typed with one of the kit's building blocks
 * (`blocks`), so its data is checked and its errors named like the kit's. A section wrapped in
 * `presenterOnly()` is for the instructor: it never reaches a public build (publicLesson.ts).
 */
import { z } from 'zod'
import { id, text } from './fields'

/** The building blocks a lesson's own section is made of; `z` composes them further. */
export const blocks = {
  /** Text shown to learners: never empty. */
  text,
  /** A stable id: lower-case letters, digits and dashes. */
  id,
  /** A list of points, one or more. */
  points: z.array(text).min(1),
  /** Steps in order, each a short title and a sentence: `<StepList :steps>` shows one per click. */
  steps: z.array(z.object({ title: text, text })).min(1),
  /** One or more of a block: `blocks.list(blocks.text)`. */
  list: <T extends z.ZodType>(block: T) => z.array(block).min(1),
  /** An object of named blocks: `blocks.record({ title: blocks.text, points: blocks.points })`. */
  record: <T extends z.ZodRawShape>(shape: T) => z.object(shape),
} as const

/** One of `blocks.steps`: what `<StepList>` shows. */
export type Step = z.output<typeof blocks.steps>[number]

/** A lesson's own section: a building block, presenter-only or not. */
export interface SectionDefinition<Block extends z.ZodType = z.ZodType> {
  block: Block
  presenterOnly: boolean
}

/** What `defineLesson`'s `sections` option takes: a block, or `presenterOnly(block)`. */
export type SectionDeclaration = z.ZodType | SectionDefinition

/** A section for the instructor only: kept out of every public build (classroom mode). */
export function presenterOnly<Block extends z.ZodType>(block: Block): SectionDefinition<Block> {
  return { block, presenterOnly: true }
}

export function sectionDefinition(declaration: SectionDeclaration): SectionDefinition {
  return declaration instanceof z.ZodType ? { block: declaration, presenterOnly: false } : declaration
}

/** The block of a declaration, for typing the section's data. */
export type BlockOf<D> = D extends SectionDefinition<infer Block> ? Block : D extends z.ZodType ? D : never

/** A lesson's own section as its data file writes it: `export const steps: SectionInput<typeof blocks.steps> = …`. */
export type SectionInput<Block extends z.ZodType> = z.input<Block>

// A symbol from the global registry: the lesson's loader loads this file apart from the caller's copy.
const PRESENTER_ONLY = Symbol.for('lesson-kit.presenterOnly')

/** Records on the validated lesson which of its keys are presenter-only (not enumerable: never serialised). */
export function markPresenterOnly<T extends object>(lesson: T, keys: readonly string[]): T {
  Object.defineProperty(lesson, PRESENTER_ONLY, { value: [...keys], enumerable: false })
  return lesson
}

/**
 * The keys of a lesson's sections marked presenter-only: what a public build leaves out, and what
 * a leak test looks for in one.
 */
export function presenterOnlyKeys(lesson: object): string[] {
  const keys: unknown = Reflect.get(lesson, PRESENTER_ONLY)
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : []
}
