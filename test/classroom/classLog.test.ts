/**
 * What a class session's log records for the class report, from a real server in a child
 * process: a start per server process, a join per new device (not per reconnection), the number
 * of phones online, and an end when the server stops cleanly.
 */
import type { ChildServer } from '../../tools/classroom/childServer'
import type { ClassEvent } from '../../tools/classroom/events'
import type { Client } from '../support/classroomServer'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildClassReport } from '../../tools/classroom/report/classReport'
import { latestLog, parseLog } from '../../tools/classroom/voteLog'
import { presenter, SLIDES, startChildServer, stopAfterEach, student, studentId } from '../support/classroomServer'

const { children, clients } = stopAfterEach()

async function started(logDir: string, resume: boolean): Promise<{ server: ChildServer, teacher: Client }> {
  const server = await startChildServer({ logDir, resume })
  children.push(server)
  const teacher = await presenter(server.ready.origin, server.ready.token)
  clients.push(teacher)
  return { server, teacher }
}

async function joinAs(server: ChildServer, id: string): Promise<Client> {
  const client = await student(server.ready.origin, id)
  clients.push(client)
  return client
}

describe('the class log for the report', () => {
  it('records starts, one join per device across reconnections and a restart, phones online, and a clean end', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'class-log-report-'))
    const [a, b, c] = [studentId(), studentId(), studentId()]

    const first = await started(logDir, false)
    const phoneA = await joinAs(first.server, a)
    await joinAs(first.server, b)
    await first.teacher.next('room', room => room.students === 2)
    // A page reload: the same id on a new connection.
    const before = first.teacher.received.length
    phoneA.close()
    await first.teacher.next('room', room => room.students === 1, before)
    await joinAs(first.server, a)
    first.teacher.send({ t: 'go', slide: 2, click: 0 })
    await first.teacher.next('room', room => room.students === 2, first.teacher.received.length)
    await first.server.stop()

    const second = await started(logDir, true)
    await joinAs(second.server, a)
    await joinAs(second.server, c)
    await second.teacher.next('room', room => room.students === 2)
    await second.server.stop()

    const file = await latestLog(logDir)
    const events: ClassEvent[] = parseLog(readFileSync(file), file).events
    expect(events.filter(e => e.t === 'start').map(e => e.t === 'start' && [e.resumed, e.slides.map(s => s.minutes)])).toEqual([[false, SLIDES.map(s => s.minutes)], [true, SLIDES.map(s => s.minutes)]])
    expect(events.filter(e => e.t === 'end')).toHaveLength(2)
    expect(events.filter(e => e.t === 'join')).toHaveLength(3)
    expect(Math.max(...events.map(e => e.t === 'online' ? e.students : 0))).toBe(2)
    const report = buildClassReport(events, { session: 'x' })
    expect(report.attendance).toMatchObject({ devices: 3, peakOnline: 2 })
    expect(report.restarts).toBe(1)
    expect(report.endedCleanly).toBe(true)
    expect(report.slides.filter(row => row.reached).map(row => row.slide)).toEqual([1, 2])
  })
})
