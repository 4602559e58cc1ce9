import type { ClassEvent } from '../../../tools/classroom/events'
import { describe, expect, it } from 'vitest'
import { buildClassReport, deviation } from '../../../tools/classroom/report/classReport'
import { compareReports, ReportComparisonError } from '../../../tools/classroom/report/compare'
import { slideTimes } from '../../../tools/classroom/report/slideTimes'
import { at, LESSON, PLAN, sessionLog } from '../../support/classLog'

const minutes = (ms: number): number => Math.round(ms / 6000) / 10

describe('slideTimes', () => {
  it('counts time per slide across two server processes, a return to an earlier slide and an idle gap', () => {
    const times = slideTimes(sessionLog(), 15 * 60_000)
    expect([...times.slides.values()].map(t => [t.slide, minutes(t.ms), t.visits])).toEqual([
      [1, 2, 1],
      // 2 → 6 min, then 9 → 10 min after the restart.
      [2, 5, 2],
      // 6 → 6.5 (the crash), 8 → 9 (resumed), 10 → 25 (the idle gap's first 15 minutes).
      [3, 16.5, 2],
      [4, 2, 1],
    ])
    expect(minutes(times.pausedMs)).toBe(15)
    expect(minutes(times.stoppedMs)).toBe(1.5)
    expect(times.processes).toBe(2)
  })

  it('reads an older log without start events: each questions line starts a process', () => {
    const old = sessionLog().filter(event => event.t !== 'start' && event.t !== 'end' && event.t !== 'join' && event.t !== 'online')
    const times = slideTimes(old, 15 * 60_000)
    expect(times.processes).toBe(2)
    expect(minutes(times.slides.get(2)!.ms)).toBe(5)
    // Without the online line, process 1's last event is the move to slide 3 at 6 min.
    expect(minutes(times.stoppedMs)).toBe(2)
  })
})

describe('buildClassReport', () => {
  it('sets actual against planned minutes with the running overrun and the slides off the plan', () => {
    const report = buildClassReport(sessionLog(), { session: 'class-x' })
    expect(report.slides.map(row => [row.slide, row.plannedMinutes, Math.round(row.actualMinutes * 10) / 10, Math.round(row.runningOverrunMinutes! * 10) / 10, row.verdict])).toEqual([
      [1, 2, 2, 0, undefined],
      [2, 3, 5, 2, 'long'],
      [3, 1, 16.5, 17.5, 'long'],
      [4, 2, 2, 17.5, undefined],
    ])
    expect(report).toMatchObject({ lesson: LESSON, plannedMinutes: 8, restarts: 1, endedCleanly: true, startedAt: at(0), endedAt: at(42) })
    expect(report.overrunMinutes).toBeCloseTo(17.5)
    expect(report.pausedMinutes).toBeCloseTo(15)
  })

  it('counts each asked question and the attendance: devices joined, peak online, devices that answered', () => {
    const report = buildClassReport(sessionLog(), { session: 'class-x' })
    expect(report.questions.map(q => [q.question.id, q.counts, q.answers, q.correctAnswers, q.asked])).toEqual([
      ['year', [1, 1, 0], 2, 1, true],
      ['risk', [2, 1], 3, undefined, true],
      ['never', [0, 0], 0, undefined, false],
    ])
    expect(report.attendance).toEqual({ devices: 4, peakOnline: 4, answering: 4 })
  })

  it('marks slides never reached and leaves them out of the overrun', () => {
    const events = sessionLog().filter(event => !(event.t === 'go' && event.slide === 4))
    const report = buildClassReport(events, { session: 'class-x' })
    expect(report.slides[3]).toMatchObject({ slide: 4, reached: false, runningOverrunMinutes: undefined, verdict: undefined })
    expect(report.unreachedMinutes).toBe(2)
  })

  it('takes the plan from the lesson for an older log, and says so when there is none', () => {
    const old = sessionLog().filter(event => event.t !== 'start')
    expect(() => buildClassReport(old, { session: 'class-old' })).toThrow('class-old does not record the lesson\'s plan')
    const report = buildClassReport(old, { session: 'class-old', fallbackPlan: PLAN, fallbackLesson: LESSON })
    expect(report.slides.map(row => row.plannedMinutes)).toEqual([2, 3, 1, 2])
    expect(report.attendance.devices).toBeUndefined()
  })

  it('calls a slide long or short only when it is off by a minute and a quarter of its plan', () => {
    expect([deviation(2, 2.9), deviation(2, 3), deviation(8, 9.5), deviation(8, 10), deviation(3, 1.9)]).toEqual([undefined, 'long', undefined, 'long', 'short'])
  })
})

describe('compareReports', () => {
  it('puts two sessions of the same lesson side by side with the change in overrun', () => {
    const baseline = buildClassReport(sessionLog(), { session: 'class-a' })
    const current = buildClassReport(sessionLog({ slide3Minutes: 2 }), { session: 'class-b' })
    const comparison = compareReports(baseline, current)
    expect(comparison.slides.map(row => [row.slide, row.baselineMinutes! > 16, Math.round(row.currentMinutes! * 10) / 10])).toEqual([[1, false, 2], [2, false, 5], [3, true, 3.5], [4, false, 2]])
    expect(comparison.overrunDeltaMinutes).toBeCloseTo(-13)
    expect(comparison.samePlan).toBe(true)
  })

  it('refuses sessions of different lessons, naming both', () => {
    const other: ClassEvent[] = sessionLog({ lesson: { ...LESSON, number: 3, title: '容器编排' } })
    const a = buildClassReport(sessionLog(), { session: 'class-a' })
    const b = buildClassReport(other, { session: 'class-b' })
    expect(() => compareReports(a, b)).toThrow(ReportComparisonError)
    expect(() => compareReports(a, b)).toThrow('cannot compare sessions of different lessons: class-b is 云原生容器Clouder认证：容器应用与集群管理 · 课时 3：容器编排, class-a is 云原生容器Clouder认证：容器应用与集群管理 · 课时 2：为什么需要容器集群')
  })
})
