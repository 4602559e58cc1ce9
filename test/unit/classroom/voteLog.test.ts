import type { ClassEvent } from '../../../tools/classroom/events'
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseLog, VoteLog, VoteLogError } from '../../../tools/classroom/voteLog'

const answer = (s: string, c: number): ClassEvent => ({ t: 'answer', at: 5, q: 'year', s: s.repeat(43), c })
const lines = (...events: ClassEvent[]): string => events.map(e => `${JSON.stringify(e)}\n`).join('')
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('parseLog', () => {
  it('drops a last line cut short by a crash and says where the good part ends', () => {
    const good = lines(answer('a', 1), answer('b', 2))
    const parsed = parseLog(bytes(`${good}{"t":"answer","at":5,"q":"ye`), 'x.jsonl')
    expect(parsed.events).toEqual([answer('a', 1), answer('b', 2)])
    expect(parsed).toMatchObject({ torn: true, goodBytes: bytes(good).length })
  })

  it('stops with the file and line when a line in the middle is damaged', () => {
    expect(() => parseLog(bytes(`${lines(answer('a', 1))}garbage\n${lines(answer('b', 2))}`), 'x.jsonl')).toThrow(new VoteLogError('x.jsonl:2 is not a valid log line; the log is kept as it is (fix or move the file, then start again)'))
  })
})

describe('VoteLog', () => {
  it('writes events that a resume reads back, in order, across many concurrent appends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-log-'))
    const log = await VoteLog.create(dir, new Date('2026-11-30T09:00:00Z'))
    const events = Array.from({ length: 50 }, (_, i) => answer(String.fromCharCode(97 + (i % 26)), i % 3))
    await Promise.all(events.map(e => log.append(e)))
    await log.close()
    expect(log.file).toBe(join(dir, 'class-2026-11-30T09-00-00-000Z.jsonl'))
    const resumed = await VoteLog.resume(dir)
    expect(resumed.events).toEqual(events)
    await resumed.log.close()
  })

  it('resumes the latest session and cuts a torn line off before appending, so the file stays readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-log-'))
    writeFileSync(join(dir, 'class-2026-11-29T09-00-00-000Z.jsonl'), lines(answer('z', 0)))
    const latest = join(dir, 'class-2026-11-30T09-00-00-000Z.jsonl')
    writeFileSync(latest, lines(answer('a', 1)))
    appendFileSync(latest, `{"t":"answer","at":5,"q":"year","s":"${'c'.repeat(43)}","c":2,"padding":"${' '.repeat(200)}`)
    const resumed = await VoteLog.resume(dir)
    expect(resumed).toMatchObject({ events: [answer('a', 1)], torn: true })
    await resumed.log.append(answer('b', 2))
    await resumed.log.close()
    expect(readFileSync(latest, 'utf8')).toBe(lines(answer('a', 1), answer('b', 2)))
  })

  it('says clearly when there is no session to resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-log-'))
    await expect(VoteLog.resume(dir)).rejects.toThrow(/no class session to resume: no class-\*\.jsonl log in/)
    await expect(VoteLog.resume(join(dir, 'missing'))).rejects.toThrow(/does not exist/)
  })
})
