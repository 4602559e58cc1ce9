import type { TestServer } from '../support/classroomServer'
import { Buffer } from 'node:buffer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { Client, joinAsStudent, NOTE_SENTENCE, phoneAddress, presenter, startTestServer, student } from '../support/classroomServer'

let room: TestServer
const clients: Client[] = []

beforeEach(async () => {
  room = await startTestServer()
})
afterEach(async () => {
  for (const client of clients.splice(0))
    client.close()
  await room.close()
})

async function track<T extends Client>(client: Promise<T>): Promise<T> {
  const opened = await client
  clients.push(opened)
  return opened
}

describe('classroom server: rights', () => {
  it('refuses a student who tries to move the slide, and nobody moves', async () => {
    const alice = await track(student(room.origin))
    const reply = await alice.request({ t: 'go', slide: 3, click: 0 }, 'position')
    expect(reply).toMatchObject({ t: 'error', code: 'forbidden' })
    const latecomer = await track(Client.open(room.origin))
    expect((await latecomer.next('snapshot', undefined, 0)).position).toEqual({ slide: 1, click: 0 })
  })

  it('moves every follower when the presenter moves', async () => {
    const teacher = await track(presenter(room.origin, room.token))
    const followers = await Promise.all([student(room.origin), Client.open(room.origin)].map(track))
    const arrivals = followers.map(f => f.next('position'))
    teacher.send({ t: 'go', slide: 3, click: 2 })
    for (const position of await Promise.all(arrivals))
      expect(position).toEqual({ t: 'position', slide: 3, click: 2 })
  })

  it('refuses a student who tries to open or close a question', async () => {
    const alice = await track(student(room.origin))
    expect(await alice.request({ t: 'open', question: 'year' }, 'question')).toMatchObject({ t: 'error', code: 'forbidden' })
    const teacher = await track(presenter(room.origin, room.token))
    await teacher.request({ t: 'open', question: 'year' }, 'question')
    expect(await alice.request({ t: 'close', question: 'year' }, 'question')).toMatchObject({ t: 'error', code: 'forbidden' })
  })

  it('gives notes and correct answers to presenter sessions only; students get the answer at the reveal', async () => {
    const alice = await track(student(room.origin))
    const wrongToken = await alice.request({ t: 'auth', token: 'A'.repeat(43) }, 'session')
    expect(wrongToken).toMatchObject({ t: 'error', code: 'unauthorized' })
    const teacher = await track(presenter(room.origin, room.token))
    const plan = await teacher.next('plan', undefined, 0)
    expect(plan.slides[0]?.points).toEqual([NOTE_SENTENCE])
    expect(plan.questions.find(q => q.id === 'year')?.correct).toBe(1)

    await teacher.request({ t: 'open', question: 'year' }, 'question')
    await alice.request({ t: 'answer', question: 'year', choice: 0 }, 'ack')
    const beforeReveal = alice.raw.join('\n')
    expect(beforeReveal).not.toContain(NOTE_SENTENCE)
    expect(beforeReveal).not.toContain('correct')

    const reveal = alice.next('question', m => m.current.state === 'closed')
    teacher.send({ t: 'close', question: 'year' })
    expect((await reveal).current).toMatchObject({ state: 'closed', correct: 1, counts: [1, 0, 0] })
    expect(alice.raw.join('\n')).not.toContain(NOTE_SENTENCE)
  })

  it('lets a presenter who dropped off resume with the session, not with the used link alone', async () => {
    const teacher = await Client.open(room.origin)
    const session = await teacher.request({ t: 'auth', token: room.token }, 'session')
    teacher.close()
    if (session.t !== 'session')
      throw new Error(session.message)
    const again = await track(Client.open(room.origin))
    expect(await again.request({ t: 'resume', session: session.session }, 'plan')).toMatchObject({ t: 'plan' })
    expect(await again.request({ t: 'go', slide: 2, click: 0 }, 'position')).toEqual({ t: 'position', slide: 2, click: 0 })
    const stranger = await track(Client.open(room.origin))
    expect(await stranger.request({ t: 'resume', session: 'B'.repeat(43) }, 'session')).toMatchObject({ t: 'error', code: 'unauthorized' })
  })
})

describe('classroom server: answers', () => {
  it('counts one answer per student: the same answer again is acknowledged, another is refused', async () => {
    const teacher = await track(presenter(room.origin, room.token))
    await teacher.request({ t: 'open', question: 'year' }, 'question')
    const { client: alice, identity } = await joinAsStudent(room.origin, { localAddress: phoneAddress() })
    clients.push(alice)
    expect(await alice.request({ t: 'answer', question: 'year', choice: 2 }, 'ack')).toEqual({ t: 'ack', question: 'year', choice: 2 })
    expect(await alice.request({ t: 'answer', question: 'year', choice: 2 }, 'ack')).toEqual({ t: 'ack', question: 'year', choice: 2 })
    expect(await alice.request({ t: 'answer', question: 'year', choice: 1 }, 'ack')).toMatchObject({ t: 'error', code: 'already-answered' })
    // A second connection with the same identity (another tab) is the same student.
    const aliceAgain = await track(student(room.origin, identity))
    expect(await aliceAgain.request({ t: 'answer', question: 'year', choice: 0 }, 'ack')).toMatchObject({ t: 'error', code: 'already-answered' })
    const bob = await track(student(room.origin))
    expect(await bob.request({ t: 'answer', question: 'year', choice: 3 }, 'ack')).toMatchObject({ t: 'error', code: 'bad-choice' })
    const counts = await teacher.next('counts', m => m.counts.reduce((a, b) => a + b) === 1, 0)
    expect(counts.counts).toEqual([0, 0, 1])
  })

  it('shows the split of answers to presenter sessions only until the reveal; phones and the projector get how many answered', async () => {
    const teacher = await track(presenter(room.origin, room.token))
    await teacher.request({ t: 'open', question: 'year' }, 'question')
    const alice = await track(student(room.origin))
    const projector = await track(Client.open(room.origin))
    const bob = await track(student(room.origin))
    await alice.request({ t: 'answer', question: 'year', choice: 2 }, 'ack')
    expect((await bob.next('answered', m => m.total === 1, 0)).question).toBe('year')
    expect((await projector.next('answered', m => m.total === 1, 0)).question).toBe('year')
    expect((await teacher.next('counts', m => m.counts[2] === 1, 0)).counts).toEqual([0, 0, 1])
    // A latecomer's snapshot says how many, not which.
    const latecomer = await track(student(room.origin))
    expect(await latecomer.next('snapshot', undefined, 0)).toMatchObject({ answered: 1 })
    for (const watcher of [alice, bob, projector, latecomer])
      expect(watcher.raw.filter(frame => frame.includes('"counts"'))).toEqual([])

    const reveal = bob.next('question', m => m.current.state === 'closed')
    teacher.send({ t: 'close', question: 'year' })
    expect((await reveal).current).toMatchObject({ state: 'closed', counts: [0, 0, 1] })
  })

  it('sends a reconnecting phone the open question and its own answer', async () => {
    const teacher = await track(presenter(room.origin, room.token))
    teacher.send({ t: 'go', slide: 4, click: 1 })
    await teacher.request({ t: 'open', question: 'risk' }, 'question')
    const { client: phone, identity } = await joinAsStudent(room.origin, { localAddress: '127.0.0.21' })
    await phone.request({ t: 'answer', question: 'risk', choice: 1 }, 'ack')
    phone.ws.terminate()
    // Back from another network: the identity is the server's own, so it is a reconnection.
    const back = await track(Client.open(room.origin, { localAddress: '127.0.0.22' }))
    const snapshot = await back.request({ t: 'hello', identity }, 'snapshot')
    expect(snapshot).toMatchObject({ t: 'snapshot', position: { slide: 4, click: 1 }, current: { state: 'open', question: { id: 'risk' } }, answer: 1, presenter: false })
  })
})

describe('classroom server: bad input', () => {
  it('answers malformed and binary messages with an error and keeps the connection', async () => {
    const alice = await track(student(room.origin))
    for (const text of ['not json', '{"t":"answer","question":"year","choice":"B"}', '{"t":"go"}', 'null']) {
      const from = alice.received.length
      alice.ws.send(text)
      expect(await alice.next('error', undefined, from)).toMatchObject({ code: 'bad-message' })
    }
    const from = alice.received.length
    alice.ws.send(Buffer.from([1, 2, 3]))
    expect(await alice.next('error', undefined, from)).toMatchObject({ code: 'bad-message' })
    expect(await alice.request({ t: 'ping' }, 'pong')).toEqual({ t: 'pong' })
  })

  it('closes a connection that sends more than 4 KB, and serves the others', async () => {
    const big = await Client.open(room.origin)
    const bob = await track(student(room.origin))
    big.ws.send(JSON.stringify({ t: 'ping', padding: 'x'.repeat(5000) }))
    expect((await big.closed).code).toBe(1009)
    expect(await bob.request({ t: 'ping' }, 'pong')).toEqual({ t: 'pong' })
  })

  it('drops a flood with one rate-limited error, closes the flooding socket, and keeps acknowledging the others', async () => {
    const teacher = await track(presenter(room.origin, room.token))
    await teacher.request({ t: 'open', question: 'year' }, 'question')
    const flooder = await Client.open(room.origin)
    const bob = await track(student(room.origin))
    for (let i = 0; i < 500; i++)
      flooder.send({ t: 'ping' })
    const closed = await flooder.closed
    expect(closed.code).toBe(1008)
    expect(flooder.received.filter(m => m.t === 'pong').length).toBeLessThan(30)
    expect(flooder.received.filter(m => m.t === 'error' && m.code === 'rate-limited')).toHaveLength(1)
    expect(await bob.request({ t: 'answer', question: 'year', choice: 1 }, 'ack')).toEqual({ t: 'ack', question: 'year', choice: 1 })
  })

  it('refuses a WebSocket from another Origin, or with none', async () => {
    await expect(Client.open(room.origin, { originHeader: 'http://evil.example' })).rejects.toThrow('refused: 403')
    const noOrigin = new WebSocket(`${room.origin.replace('http', 'ws')}/ws`)
    const status = await new Promise(resolve => noOrigin.once('unexpected-response', (_req, res) => resolve(res.statusCode)))
    expect(status).toBe(403)
  })

  it('refuses connections beyond the limit and terminates sockets whose page stops answering the heartbeat', async () => {
    await room.close()
    room = await startTestServer({ limits: { maxConnections: 2, heartbeatMs: 100 } })
    // `ws` answers protocol pings by itself; only the page's own answer to the beat keeps it in.
    const silent = await Client.open(room.origin, { answerBeats: false, localAddress: '127.0.0.31' })
    const live = await track(Client.open(room.origin, { localAddress: '127.0.0.32' }))
    await expect(Client.open(room.origin, { localAddress: '127.0.0.33' })).rejects.toThrow('refused: 503')
    // The socket that never answers is closed by the server (1006: terminated, no close frame).
    expect((await silent.closed).code).toBe(1006)
    expect(live.received.some(m => m.t === 'beat')).toBe(true)
    expect(await live.request({ t: 'ping' }, 'pong')).toEqual({ t: 'pong' })
  })
})

describe('classroom server: HTTP', () => {
  it('sends /presenter to the remote and names a missing build with a 503', async () => {
    const presenterPage = await fetch(`${room.origin}/presenter/3`, { redirect: 'manual' })
    expect(presenterPage.status).toBe(302)
    expect(presenterPage.headers.get('location')).toBe('/remote')
    // In any case, as the deck's router matches it.
    const shouted = await fetch(`${room.origin}/Presenter/1`, { redirect: 'manual' })
    expect([shouted.status, shouted.headers.get('location')]).toEqual([302, '/remote'])
    expect(await (await fetch(`${room.origin}/join/`)).text()).toContain('<title>join</title>')
    expect(await (await fetch(`${room.origin}/5`)).text()).toContain('<title>projector</title>')
    await room.close()
    room = await startTestServer({ joinBuilt: false })
    const missing = await fetch(`${room.origin}/join`)
    expect(missing.status).toBe(503)
    expect(await missing.text()).toMatch(/^This page is not built yet: .*\/index\.html is missing\. Stop the server, run the student app build, and start it again\./)
  })
})
