import type { Milestone } from '../../../kit/lesson/schema'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { reachedSteps } from '../../../kit/slides/clickSteps'
import { dialogueClicks, dialogueView } from '../../../kit/slides/dialogue'
import { findById } from '../../../kit/slides/findById'
import { formatMilestoneDate, groupMilestonesByYear, milestonesBetween, yearRuler } from '../../../kit/slides/milestones'

describe('dialogueView: which turns are on screen after N clicks', () => {
  it('shows the first turn before any click and one more per click', () => {
    expect(dialogueView(3, 0)).toEqual({ visible: 1, current: 0 })
    expect(dialogueView(3, 1)).toEqual({ visible: 2, current: 1 })
    expect(dialogueView(3, 2)).toEqual({ visible: 3, current: 2 })
  })

  it('stops at the last turn (print and export ask for a huge click count)', () => {
    expect(dialogueView(3, 999_999)).toEqual({ visible: 3, current: 2 })
  })

  it('handles an empty dialogue and negative steps', () => {
    expect(dialogueView(0, 2)).toEqual({ visible: 0, current: -1 })
    expect(dialogueView(2, -5)).toEqual({ visible: 1, current: 0 })
  })

  it('needs one click fewer than it has turns', () => {
    expect(dialogueClicks(7)).toBe(6)
    expect(dialogueClicks(1)).toBe(0)
    expect(dialogueClicks(0)).toBe(0)
  })
})

describe('reachedSteps', () => {
  it('counts clicks from Slidev\'s offset and clamps to the component\'s steps', () => {
    expect(reachedSteps(-1, 3)).toBe(0)
    expect(reachedSteps(0, 3)).toBe(1)
    expect(reachedSteps(2, 3)).toBe(3)
    expect(reachedSteps(999_999, 3)).toBe(3)
    expect(reachedSteps(-7, 3)).toBe(0)
    expect(reachedSteps(Number.NaN, 3)).toBe(0)
    expect(reachedSteps(4, 0)).toBe(0)
  })
})

describe('milestones', () => {
  const milestones = lesson.history.milestones

  it('writes dates as the source does', () => {
    expect(milestones.map(formatMilestoneDate)).toEqual([
      '2013年7月',
      '2014年6月',
      '2015年4月',
      '2015年5月',
      '2015年7月',
      '2016年3月',
      '2016年6月',
      '2017年7月',
      '2017年12月',
      '2018年3月',
      '2018年8月',
      '2018年之后',
    ])
    expect(formatMilestoneDate({ year: 2020, month: null, after: false })).toBe('2020年')
  })

  it('groups by year in order, keeping every milestone once', () => {
    const groups = groupMilestonesByYear(milestones)
    expect(groups.map(g => [g.year, g.milestones.length])).toEqual([[2013, 1], [2014, 1], [2015, 3], [2016, 2], [2017, 2], [2018, 3]])
    expect(groups.flatMap(g => g.milestones)).toEqual(milestones)
  })

  it('starts a new group when a year comes back (input not sorted)', () => {
    const [a, b] = milestones as [Milestone, Milestone]
    expect(groupMilestonesByYear([a, b, a]).map(g => g.year)).toEqual([2013, 2014, 2013])
  })

  it('selects a span of years inclusively', () => {
    expect(milestonesBetween(milestones, 2016, 2017).map(m => m.id)).toEqual(['kubernetes-donated', 'swarm-in-docker', 'oci-1-0', 'csi'])
    expect(milestonesBetween(milestones, 2030, 2040)).toEqual([])
  })

  it('tells the three kinds apart across the history', () => {
    expect(new Set(milestones.map(m => m.kind))).toEqual(new Set(['orchestrator', 'standard', 'foundation']))
  })
})

describe('findById', () => {
  it('returns the record or names the unknown id and the known ones', () => {
    const records = [{ id: 'a' }, { id: 'b' }]
    expect(findById(records, 'b', 'topology')).toBe(records[1])
    expect(() => findById(records, 'c', 'topology')).toThrow('unknown topology "c" (known: a, b)')
  })
})

describe('yearRuler', () => {
  it('marks every year of the history once, with its count, and the slide\'s span', () => {
    const marks = yearRuler(lesson.history.milestones, 2015, 2015)
    expect(marks).toEqual([
      { year: 2013, count: 1, inSpan: false },
      { year: 2014, count: 1, inSpan: false },
      { year: 2015, count: 3, inSpan: true },
      { year: 2016, count: 2, inSpan: false },
      { year: 2017, count: 2, inSpan: false },
      { year: 2018, count: 3, inSpan: false },
    ])
  })
})
