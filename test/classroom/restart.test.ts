import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinAsStudent, phoneAddress, presenter, startChildServer, stopAfterEach, student } from '../support/classroomServer'

const { children, clients } = stopAfterEach()

describe('classroom server restart', () => {
  it('keeps every acknowledged answer through kill -9 during a burst, and gives each phone its answer back', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'class-restart-'))
    const first = await startChildServer({ logDir, resume: false })
    children.push(first)
    const teacher = await presenter(first.ready.origin, first.ready.token)
    clients.push(teacher)
    teacher.send({ t: 'go', slide: 3, click: 1 })
    await teacher.request({ t: 'open', question: 'year' }, 'question')

    const phones = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      const { client, identity } = await joinAsStudent(first.ready.origin, { localAddress: phoneAddress() })
      clients.push(client)
      return { id: identity, client, choice: i % 3, acked: false }
    }))
    for (const phone of phones) {
      void phone.client.next('ack').then(() => {
        phone.acked = true
      })
      phone.client.send({ t: 'answer', question: 'year', choice: phone.choice })
    }
    // Kill while the burst is being written: once some, not necessarily all, are acknowledged.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (phones.some(p => p.acked)) {
          clearInterval(check)
          resolve()
        }
      }, 1)
    })
    await first.kill9()
    const acknowledged = phones.filter(p => p.acked)
    expect(acknowledged.length).toBeGreaterThan(0)

    const second = await startChildServer({ logDir, resume: true })
    children.push(second)
    expect(second.ready.replayedAnswers).toBeGreaterThanOrEqual(acknowledged.length)
    for (const phone of acknowledged) {
      // The identity the first server issued is still this phone's: its key is beside the log.
      const back = await student(second.ready.origin, phone.id)
      clients.push(back)
      expect(back.received.some(m => m.t === 'identity')).toBe(false)
      const snapshot = back.received.find(m => m.t === 'snapshot' && m.answer !== undefined)
      expect(snapshot).toMatchObject({ position: { slide: 3, click: 1 }, current: { state: 'open', question: { id: 'year' } }, answer: phone.choice })
    }
    // The question is still open after the restart: the others can still answer.
    const late = phones.find(p => !p.acked) ?? phones[0]!
    const lateBack = await student(second.ready.origin, late.id)
    clients.push(lateBack)
    expect(await lateBack.request({ t: 'answer', question: 'year', choice: late.choice }, 'ack')).toEqual({ t: 'ack', question: 'year', choice: late.choice })
  })
})
