/**
 * Validates the lesson content at load time. A mistake in a data file stops
 * `dev`, `build` and the tests with a message that names the file and the
 * field, e.g.
 *
 *   data/dialogue.ts: dialogue[3].speaker: unknown speaker "xiaowang"
 *
 * rather than reaching the audience as a blank or half-filled slide.
 */
import type { z } from 'zod'
import type { Lesson, LessonInput } from './schema'
import type { BlockOf, SectionDeclaration } from './sections'
import { lessonSchema } from './schema'
import { markPresenterOnly, sectionDefinition } from './sections'

export interface LessonProblem {
  /** The top-level section the problem is in (`dialogue`), or '' for the lesson as a whole. */
  section: string
  /** The data file the problem is in, once the loader has found it in the lesson's folder. */
  file?: string
  /** The field, written as in code: `dialogue[3].speaker`. */
  path: string
  message: string
}

export class LessonDataError extends Error {
  readonly problems: readonly LessonProblem[]

  constructor(problems: readonly LessonProblem[]) {
    super(`Invalid lesson data:\n${problems.map(p => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'LessonDataError'
    this.problems = problems
  }
}

/**
 * Whether `error` is a LessonDataError, from whichever copy of this module threw it: the lesson's
 * data is loaded (by jiti, or by the dev server's runner), and so this file, apart from the
 * caller's copy.
 */
export function isLessonDataError(error: unknown): error is LessonDataError {
  return error instanceof Error && error.name === 'LessonDataError' && Array.isArray((error as Partial<LessonDataError>).problems)
}

export function formatProblem(problem: LessonProblem): string {
  return `${problem.file ?? 'data'}: ${problem.path}: ${problem.message}`
}

/** The same problems, each with the file its section is written in (kit/lesson/loadLesson.ts finds them). */
export function locateProblems(error: LessonDataError, fileOf: (section: string) => string | undefined): LessonDataError {
  return new LessonDataError(error.problems.map(problem => ({ ...problem, file: fileOf(problem.section) ?? problem.file })))
}

/** `['dialogue', 3, 'speaker']` → `dialogue[3].speaker` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number')
      return `${out}[${key}]`
    return out ? `${out}.${String(key)}` : String(key)
  }, '')
}

function problemAt(path: readonly PropertyKey[], message: string): LessonProblem {
  const section = typeof path[0] === 'string' ? path[0] : ''
  return { section, path: formatPath(path) || '(lesson)', message }
}

type RefineContext = z.core.$RefinementCtx<Lesson>

function requireUnique(ctx: RefineContext, items: readonly { id: string }[], section: PropertyKey[], what: string): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...section, index, 'id'], message: `duplicate ${what} id "${item.id}"` })
    seen.add(item.id)
  })
}

/** Sort key of a milestone's date: "2018年之后" sorts after every month of 2018. */
export function milestoneSortKey(date: { year: number, month: number | null, after: boolean }): number {
  return date.year * 100 + (date.after ? 99 : (date.month ?? 0))
}

function lessonRules(lesson: Lesson, ctx: RefineContext): void {
  const { speakers = [], topologies = [], dialogue = [] } = lesson
  const milestones = lesson.history?.milestones ?? []
  requireUnique(ctx, speakers, ['speakers'], 'speaker')
  requireUnique(ctx, milestones, ['history', 'milestones'], 'milestone')
  requireUnique(ctx, topologies, ['topologies'], 'topology')
  requireUnique(ctx, lesson.plan, ['plan'], 'slide plan')

  const speakerIds = new Set(speakers.map(s => s.id))
  dialogue.forEach((turn, index) => {
    if (!speakerIds.has(turn.speaker)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dialogue', index, 'speaker'],
        message: `unknown speaker "${turn.speaker}" (known: ${[...speakerIds].join(', ')})`,
      })
    }
  })

  const topologyIds = new Set(topologies.map(t => t.id))
  lesson.comparison?.rows.forEach((row, index) => {
    for (const side of ['single', 'cluster'] as const) {
      if (!topologyIds.has(row[side]))
        ctx.addIssue({ code: 'custom', path: ['comparison', 'rows', index, side], message: `unknown topology "${row[side]}"` })
    }
  })

  const kinds = Object.keys(lesson.history?.kinds ?? {})
  milestones.forEach((milestone, index) => {
    if (!kinds.includes(milestone.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', 'milestones', index, 'kind'],
        message: `unknown kind "${milestone.kind}" (known: ${kinds.join(', ')}; name the kinds in history.kinds)`,
      })
    }
  })

  milestones.forEach((milestone, index, all) => {
    const previous = all[index - 1]
    if (previous && milestoneSortKey(milestone) < milestoneSortKey(previous)) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', 'milestones', index, 'year'],
        message: `milestone "${milestone.id}" is dated before the one listed above it ("${previous.id}"): keep milestones in date order`,
      })
    }
  })

  requireUnique(ctx, lesson.liveQuestions, ['liveQuestions'], 'live question')
  const planIds = new Set(lesson.plan.map(slide => slide.id))
  lesson.liveQuestions.forEach((question, index) => {
    const at = (...path: PropertyKey[]) => ['liveQuestions', index, ...path]
    if (!planIds.has(question.slide))
      ctx.addIssue({ code: 'custom', path: at('slide'), message: `unknown slide "${question.slide}": use a plan id of the lesson's plan` })
    if (question.kind === 'choice' && question.correct === undefined)
      ctx.addIssue({ code: 'custom', path: at('correct'), message: `choice question "${question.id}" needs the index of its correct option` })
    if (question.kind === 'poll' && question.correct !== undefined)
      ctx.addIssue({ code: 'custom', path: at('correct'), message: `poll "${question.id}" has no correct option: remove correct or make it a choice` })
    if (question.correct !== undefined && question.correct >= question.options.length)
      ctx.addIssue({ code: 'custom', path: at('correct'), message: `index ${question.correct} is past the last of ${question.options.length} options` })
    const duplicate = question.options.find((option, i) => question.options.indexOf(option) !== i)
    if (duplicate !== undefined)
      ctx.addIssue({ code: 'custom', path: at('options'), message: `option "${duplicate}" is listed twice` })
  })

  topologies.forEach((topology, index) => {
    const ids = topology.hosts.flatMap(h => [h.id, ...h.containers.map(c => c.id)])
    const duplicate = ids.find((value, i) => ids.indexOf(value) !== i)
    if (duplicate) {
      ctx.addIssue({
        code: 'custom',
        path: ['topologies', index, 'hosts'],
        message: `node id "${duplicate}" is used twice in topology "${topology.id}"`,
      })
    }
  })
}

/** The sections the kit knows, in the order the schema lists them. */
export const kitSections: readonly string[] = Object.keys(lessonSchema.shape)

/** A lesson's own sections, by name, as `defineLesson`'s `sections` option takes them. */
export type LessonSections = Readonly<Record<string, SectionDeclaration>>

function problemsOf(issues: readonly z.core.$ZodIssue[], allowed: readonly string[], own: readonly string[]): LessonProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys' || issue.path.length > 0)
      return [problemAt(issue.path, issue.message)]
    const ownNote = own.length > 0 ? `; the lesson's own: ${own.join(', ')}` : ''
    return issue.keys.map(key => problemAt([key], `unknown section "${key}": allowed are ${allowed.join(', ')}${ownNote}. A section of the lesson's own is declared in defineLesson(…, { sections: { ${key}: blocks.… } })`))
  })
}

/**
 * Checks the content and returns it typed, with defaults filled in. `sections` declares the
 * lesson's own sections (sections.ts), checked like the kit's. Throws `LessonDataError` listing
 * every problem found.
 */
export function validateLesson(input: unknown, sections: LessonSections = {}): Lesson {
  const own = Object.keys(sections)
  const clash = own.filter(name => kitSections.includes(name))
  if (clash.length > 0)
    throw new LessonDataError(clash.map(name => problemAt([name], `"${name}" is a section of the kit: give the lesson's own section another name`)))
  const definitions = Object.fromEntries(own.map(name => [name, sectionDefinition(sections[name]!)]))
  const shape = Object.fromEntries(own.map(name => [name, definitions[name]!.block]))
  // The own sections' shape is known only at run time: the rules read the kit's sections, typed.
  const schema = lessonSchema.extend(shape).superRefine((lesson, ctx) => lessonRules(lesson as Lesson, ctx as unknown as RefineContext))
  const result = schema.safeParse(input)
  if (!result.success)
    throw new LessonDataError(problemsOf(result.error.issues, kitSections, own))
  return markPresenterOnly(result.data as Lesson, own.filter(name => definitions[name]!.presenterOnly))
}

/**
 * A lesson's data/index.ts: `export const lesson = defineLesson({ course, plan, dialogue, … })`.
 * The sections given are the sections the lesson has; each is checked against its building block
 * and the rules that span sections. A lesson's own sections are declared in `sections`, each with
 * a kit building block (`{ rollingUpdate: blocks.steps }`), or `presenterOnly(block)` for what the
 * class never sees. Invalid content throws `LessonDataError`.
 */
export function defineLesson<const Input extends LessonInput, const Sections extends LessonSections = Record<never, never>>(
  input: Input & { [Name in keyof Sections]: z.input<BlockOf<Sections[Name]>> },
  options: { sections?: Sections } = {},
): LessonWith<Input, Sections> {
  return validateLesson(input, options.sections) as LessonWith<Input, Sections>
}

/** The lesson as validated, with the sections the lesson gave known to be there, its own included. */
export type LessonWith<Input extends LessonInput, Sections extends LessonSections = Record<never, never>>
  = Lesson
    & { [Section in keyof Input & keyof Lesson]-?: NonNullable<Lesson[Section]> }
    & { [Name in keyof Sections]: z.output<BlockOf<Sections[Name]>> }
