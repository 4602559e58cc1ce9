import type { PhoneBlock } from '../../kit/classroom/slideModel.ts'
import type { Scenario } from '../../kit/engine/scenario.ts'
import type { Comparison, Lesson, Milestone, Speaker, Topology } from '../../kit/lesson/schema.ts'
import type { Step } from '../../kit/lesson/sections.ts'
import { scenarioClicks } from '../../kit/engine/scenario.ts'
import { classroomLabels, coverLabels, diagramLabels, phrasing } from '../../kit/labels.ts'
import { findById } from '../../kit/slides/findById.ts'
import { formatMilestoneDate, milestonesBetween } from '../../kit/slides/milestones.ts'

/** A component's props as slides.md binds them, already evaluated against the lesson. */
export type ComponentProps = Record<string, unknown>

/** The SVG drawn at build time for each topology id (tools/classroom/renderDiagrams.ts). */
export type DiagramSvgs = ReadonlyMap<string, string>

function diagram(topology: Topology, svgs: DiagramSvgs) {
  if (!svgs.has(topology.id))
    throw new Error(`no diagram was drawn for topology "${topology.id}"`)
  return { topology: topology.id, caption: topology.caption, verdict: topology.verdict, verdictLabel: diagramLabels.verdicts[topology.verdict], outcome: topology.outcome }
}

function side(topology: Topology) {
  return { verdict: topology.verdict, verdictLabel: diagramLabels.verdicts[topology.verdict], text: `${topology.caption}：${topology.outcome}` }
}

type BlockMaker = (props: ComponentProps, svgs: DiagramSvgs) => PhoneBlock[]

/**
 * The phone's version of each component slides.md may place: the same content, as blocks. A
 * component missing here stops the build (phoneSlides.ts) rather than vanish from phones.
 */
export const phoneBlockMakers: Record<string, BlockMaker> = {
  LessonCover: ({ course }) => {
    const c = course as Lesson['course']
    return [{ kind: 'cover', course: c.name, lessonLabel: coverLabels.lessonNumber(c.lessonNumber), title: c.lessonTitle }]
  },
  OpeningQuestion: ({ opening }) => {
    const o = opening as NonNullable<Lesson['opening']>
    return [{ kind: 'question', label: o.label, text: o.question }, { kind: 'paragraph', tone: 'lead', text: o.scene }]
  },
  DialogueScene: ({ speakers, turns }) => {
    const people = speakers as Speaker[]
    return [{
      kind: 'dialogue',
      turns: (turns as NonNullable<Lesson['dialogue']>).map((turn) => {
        const speaker = findById(people, turn.speaker, 'speaker')
        return { speaker: speaker.name, side: speaker.side, text: turn.text }
      }),
    }]
  },
  TopologyGallery: ({ topologies }, svgs) => [{ kind: 'diagrams', stepped: true, items: (topologies as Topology[]).map(t => diagram(t, svgs)) }],
  TopologyDiagram: ({ topology }, svgs) => [{ kind: 'diagrams', stepped: false, items: [diagram(topology as Topology, svgs)] }],
  ComparisonTable: ({ comparison, topologies }) => {
    const c = comparison as Comparison
    const all = topologies as Topology[]
    return [{
      kind: 'comparison',
      singleLabel: c.singleLabel,
      clusterLabel: c.clusterLabel,
      rows: c.rows.map(row => ({ event: row.event, single: side(findById(all, row.single, 'topology')), cluster: side(findById(all, row.cluster, 'topology')) })),
    }]
  },
  StepList: ({ steps }) => [{ kind: 'list', numbered: true, items: (steps as Step[]).map(s => phrasing.labelled(s.title, s.text)) }],
  RevealList: ({ items, numbered }) => [{ kind: 'list', items: items as string[], numbered: numbered === true || numbered === '' }],
  MilestoneTimeline: ({ milestones, from, to, kinds }) => [{
    kind: 'timeline',
    cards: milestonesBetween(milestones as Milestone[], Number(from), Number(to)).map(m => ({
      date: formatMilestoneDate(m),
      kind: (kinds as Record<string, string>)[m.kind] ?? m.kind,
      headline: m.headline,
      text: m.text,
    })),
  }],
  TagList: ({ tags }) => [{ kind: 'tags', tags: tags as string[] }],
  LabCard: ({ lab }) => {
    const l = lab as NonNullable<Lesson['lab']>
    return [{ kind: 'link', label: l.label, title: l.title, url: l.url }]
  },
  ClusterPlayground: ({ story }) => {
    if (!story)
      throw new Error('<ClusterPlayground> has no story: bind :story to one of the lesson\'s playground stories')
    return [{ kind: 'notice', text: classroomLabels.playgroundNotice, clicks: scenarioClicks(story as Scenario) }]
  },
}
