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
import { joinAsStudent, phoneAddress, presenter, SLIDES, startChildServer, stopAfterEach, student } from '../support/classroomServer'

const { children, clients } = stopAfterEach()

async function started(logDir: string, resume: boolean): Promise<{ server: ChildServer, teacher: Client }> {
  const server = await startChildServer({ logDir, resume })
  children.push(server)
  const teacher = await presenter(server.ready.origin, server.ready.token)
  clients.push(teacher)
  return { server, teacher }
}

/** A phone joining: new (issued an identity), or again with the identity it was issued. */
async function joinAs(server: ChildServer, identity?: string): Promise<{ client: Client, identity: string }> {
  if (identity !== undefined) {
    const client = await student(server.ready.origin, identity)
    clients.push(client)
    return { client, identity }
  }
  const joined = await joinAsStudent(server.ready.origin, { localAddress: phoneAddress() })
  clients.push(joined.client)
  return joined
}

describe('the class log for the report', () => {
  it('records starts, one join per device across reconnections and a restart, phones online, and a clean end', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'class-log-report-'))
    const first = await started(logDir, false)
    const phoneA = await joinAs(first.server)
    await joinAs(first.server)
    // From the first message on (from = 0): the update may have come while the phones joined.
    await first.teacher.next('room', room => room.students === 2, 0)
    // A page reload: the same id on a new connection.
    const before = first.teacher.received.length
    phoneA.client.close()
    await first.teacher.next('room', room => room.students === 1, before)
    const rejoining = first.teacher.received.length
    await joinAs(first.server, phoneA.identity)
    first.teacher.send({ t: 'go', slide: 2, click: 0 })
    await first.teacher.next('room', room => room.students === 2, rejoining)
    await first.server.stop()

    const second = await started(logDir, true)
    await joinAs(second.server, phoneA.identity)
    await joinAs(second.server)
    await second.teacher.next('room', room => room.students === 2, 0)
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
