/**
 * The building blocks of a lesson, as zod schemas: one per kind of section a lesson may have.
 * A lesson declares which sections it has by giving them to `defineLesson` (only `course` and
 * `plan` are required), and how many items each holds by writing them: nothing here counts a
 * particular lesson's items. The types the kit uses are inferred from these, so the runtime
 * check and the compile-time types cannot drift apart.
 *
 * Rules that span sections (a turn's speaker must exist, milestones in date order, ids unique)
 * live in `validateLesson.ts`; the rules here are per field.
 */
import type { Scenario } from '../engine/scenario'
import { z } from 'zod'
import { timelineLabels } from '../labels'
import { id, text } from './fields'
import { liveQuestionSchema, slidePlanSchema } from './planSchema'

export { liveQuestionSchema, slidePlanSchema }

export const courseSchema = z.object({
  /** The certification course the lesson belongs to. */
  name: text,
  /** The lesson's number within the course. */
  lessonNumber: z.number().int().positive(),
  /** The lesson's own title. */
  lessonTitle: text,
  /** Who the PDFs name as author. */
  author: text,
  /** The label the source puts before its one-line summary (简介). */
  summaryLabel: text,
})

export const openingSchema = z.object({
  /** The label the source puts before the question (思考). */
  label: text,
  question: text,
  /** The paragraph that sets the scene before the dialogue. */
  scene: text,
})

export const speakerSchema = z.object({
  id,
  name: text,
  /** One line saying who the speaker is, shown under the name. */
  role: text,
  /** A local image: the course's (/course/avatars/xiaochen.svg) or the lesson's public/ (/avatars/name.svg); never a remote URL. */
  avatar: z.string().regex(/^\/[\w/-]+\.svg$/, 'must be a local SVG path, like /course/avatars/name.svg or /avatars/name.svg'),
  /** Which side of the chat the speaker's bubbles sit on. */
  side: z.enum(['left', 'right']),
})

export const dialogueTurnSchema = z.object({
  speaker: id,
  text,
})

export const necessitySchema = z.object({
  title: text,
  /** The paragraph that leads to the questions. */
  intro: text,
  /** The questions that many containers raise. */
  questions: z.array(text).min(1),
  /** The paragraphs after the questions. */
  paragraphs: z.array(text).min(1),
})

/** The kind a milestone has when it names none: the one kind of a history that names no kinds. */
export const DEFAULT_MILESTONE_KIND = 'milestone'

/** A kind of milestone, by id: one of the history's `kinds`. */
export const milestoneKindSchema = id

export const milestoneSchema = z.object({
  id,
  year: z.number().int().min(2000).max(2100),
  /** Month 1–12, or null when the source gives only a year. */
  month: z.number().int().min(1).max(12).nullable(),
  /** True for "after <year>" (2018年之后). */
  after: z.boolean().default(false),
  kind: milestoneKindSchema.default(DEFAULT_MILESTONE_KIND),
  /** The organisations and projects the milestone names. */
  actors: z.array(text).min(1),
  /** A few words for the timeline card. */
  headline: text,
  /** The source's sentence(s), word for word. */
  text,
})

export const historySchema = z.object({
  title: text,
  intro: text,
  /**
   * The kinds of milestone this history tells apart, by id, with the label of each badge, in
   * legend order: `{ project: '开源项目', … }`. Absent: one kind, the kit's plain milestone.
   */
  kinds: z.record(id, text).default(() => ({ [DEFAULT_MILESTONE_KIND]: timelineLabels.milestone })),
  milestones: z.array(milestoneSchema).min(1),
})

export const orchestrationSchema = z.object({
  /** The closing paragraph on container orchestration. */
  paragraph: text,
  /** The projects it names, shown as a group. */
  projects: z.array(text).min(1),
})

export const labSchema = z.object({
  label: text,
  title: text,
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
})

export const containerStateSchema = z.enum(['ready', 'failed', 'stopped', 'upgrading', 'overloaded', 'added'])

export const topologyContainerSchema = z.object({
  id,
  label: text,
  state: containerStateSchema,
})

export const topologyHostSchema = z.object({
  id,
  label: text,
  down: z.boolean().default(false),
  containers: z.array(topologyContainerSchema).min(1),
})

export const topologySchema = z.object({
  id,
  /** The caption above the diagram, e.g. 宿主机故障. */
  caption: text,
  /** One line telling what the audience sees happen. */
  outcome: text,
  /** Whether the outcome is good (service continues) or bad (service lost). */
  verdict: z.enum(['served', 'degraded', 'down']),
  client: text,
  /** The single access address in front of a cluster; absent for a lone container. */
  entry: text.optional(),
  hosts: z.array(topologyHostSchema).min(1),
})

export const comparisonRowSchema = z.object({
  /** What happens (宿主机故障 …). */
  event: text,
  /** Id of the topology showing a lone container facing the event. */
  single: id,
  /** Id of the topology showing the cluster facing the same event. */
  cluster: id,
})

export const comparisonSchema = z.object({
  singleLabel: text,
  clusterLabel: text,
  rows: z.array(comparisonRowSchema).min(1),
})

export const recapSchema = z.object({
  points: z.array(text).min(1),
})

/**
 * A scripted playground story (kit/engine/scenario.ts): its setup and events are checked by the
 * engine's types where the lesson writes them; here, that it has steps and each says something.
 */
export const playgroundStorySchema = z.custom<Scenario>(
  value => typeof value === 'object' && value !== null
    && Array.isArray((value as Scenario).steps) && (value as Scenario).steps.length > 0
    && (value as Scenario).steps.every(step => typeof step.caption === 'string' && step.caption.trim().length > 0),
  'must be a playground story: { setup, steps: [{ caption, events, ticks }, …] } with a caption on every step',
)

export const lessonSchema = z.object({
  course: courseSchema,
  opening: openingSchema.optional(),
  speakers: z.array(speakerSchema).min(1).optional(),
  dialogue: z.array(dialogueTurnSchema).min(1).optional(),
  topologies: z.array(topologySchema).min(1).optional(),
  comparison: comparisonSchema.optional(),
  necessity: necessitySchema.optional(),
  history: historySchema.optional(),
  orchestration: orchestrationSchema.optional(),
  lab: labSchema.optional(),
  recap: recapSchema.optional(),
  /** Scripted stories for `<ClusterPlayground :story>`, by name. */
  playground: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a name such as clusterVsSingle'), playgroundStorySchema).optional(),
  plan: z.array(slidePlanSchema).min(1),
  liveQuestions: z.array(liveQuestionSchema).default([]),
}).strict()

/** What the data files are written as (defaults not yet filled in). */
export type LessonInput = z.input<typeof lessonSchema>
export type Lesson = z.output<typeof lessonSchema>
export type Course = Lesson['course']
export type Opening = NonNullable<Lesson['opening']>
export type Speaker = z.output<typeof speakerSchema>
export type DialogueTurn = z.output<typeof dialogueTurnSchema>
export type Necessity = NonNullable<Lesson['necessity']>
export type History = NonNullable<Lesson['history']>
export type Milestone = z.output<typeof milestoneSchema>
export type MilestoneKind = z.output<typeof milestoneKindSchema>
export type Orchestration = NonNullable<Lesson['orchestration']>
export type Lab = NonNullable<Lesson['lab']>
export type Topology = z.output<typeof topologySchema>
export type TopologyHost = z.output<typeof topologyHostSchema>
export type TopologyContainer = z.output<typeof topologyContainerSchema>
export type ContainerState = z.output<typeof containerStateSchema>
export type Comparison = NonNullable<Lesson['comparison']>
export type SlidePlan = z.output<typeof slidePlanSchema>
export type Recap = NonNullable<Lesson['recap']>
export type PlaygroundStory = Scenario

/** A section as a data file writes it: `export const dialogue: LessonSection<'dialogue'> = […]`. */
export type LessonSection<Name extends keyof LessonInput> = NonNullable<LessonInput[Name]>
export type LiveQuestion = z.output<typeof liveQuestionSchema>
