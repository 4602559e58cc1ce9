import type { Socket } from 'node:net'
/**
 * The classroom against a hostile laptop on the same Wi-Fi (issue 20): every client is a real
 * `ws` or TCP client on its own loopback source address (127.0.0.N), the server a real one.
 */
import type { Student, TestServer } from '../support/classroomServer'
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CLASSROOM_SESSION_PATH } from '../../kit/classroom/protocol'
import { DEFAULT_LIMITS, SESSION_COOKIE } from '../../tools/classroom/server'
import { Client, joinAsStudent, presenter, startTestServer } from '../support/classroomServer'

let room: TestServer | undefined
const clients: Client[] = []

afterEach(async () => {
  for (const client of clients.splice(0))
    client.ws.terminate()
  await room?.close()
  room = undefined
})

async function track(client: Promise<Client>): Promise<Client> {
  const opened = await client
  clients.push(opened)
  return opened
}

/** Awaits a student's join and tracks its connection, as `track` does a client. */
async function trackStudent(joining: Promise<Student>): Promise<Student> {
  const joined = await joining
  clients.push(joined.client)
  return joined
}

/** A fresh room whose presenter has opened `question`; the presenter's connection is tracked. */
async function roomWithOpenQuestion(question: string): Promise<{ origin: string, teacher: Client }> {
  room = await startTestServer()
  const teacher = await track(presenter(room.origin, room.token))
  await teacher.request({ t: 'open', question }, 'question')
  return { origin: room.origin, teacher }
}

/** Opens a connection, or undefined when the server refuses it (503, or the socket cut). */
async function tryOpen(origin: string, localAddress: string): Promise<Client | undefined> {
  try {
    return await track(Client.open(origin, { localAddress }))
  }
  catch {
    return undefined
  }
}

/** The count a newcomer's snapshot gives of answers to the open question. */
async function answeredCount(origin: string, localAddress: string): Promise<number> {
  const watcher = await track(Client.open(origin, { localAddress }))
  return (await watcher.next('snapshot', undefined, 0)).answered ?? 0
}

/** The presenter token exchanged for a session cookie, as the remote's page does. */
async function sessionCookie(origin: string, token: string): Promise<string> {
  const response = await fetch(`${origin}${CLASSROOM_SESSION_PATH}`, { method: 'POST', body: token, headers: { Origin: origin } })
  expect(response.status).toBe(204)
  const cookie = /^[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0]
  expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
  return cookie!
}

function forgedIdentity(): string {
  return `${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`
}

describe('one device, one vote', () => {
  it('accepts at most --per-device answers from one address that churns connections and identities', async () => {
    const { origin, teacher } = await roomWithOpenQuestion('year')
    const attacker = '127.0.1.1'
    let acked = 0
    // A bounded run of the ballot-stuffing loop: a fresh connection each time, no identity, a
    // forged one, and a second hello on the same socket.
    for (let i = 0; i < 150; i++) {
      const socket = await tryOpen(origin, attacker)
      if (!socket)
        continue
      const first = i % 3 === 1 ? { t: 'hello', identity: forgedIdentity() } as const : { t: 'hello' } as const
      socket.send(first)
      if (i % 3 === 2)
        socket.send({ t: 'hello' })
      const reply = await socket.request({ t: 'answer', question: 'year', choice: i % 3 }, 'ack')
      if (reply.t === 'ack')
        acked++
      socket.ws.terminate()
      await socket.closed
    }
    expect(acked).toBeLessThanOrEqual(DEFAULT_LIMITS.perDevice)
    expect(await answeredCount(origin, '127.0.1.2')).toBeLessThanOrEqual(DEFAULT_LIMITS.perDevice)
    // An honest phone elsewhere still gets its vote.
    const honest = await trackStudent(joinAsStudent(origin, { localAddress: '127.0.1.3' }))
    expect(await honest.client.request({ t: 'answer', question: 'year', choice: 1 }, 'ack')).toEqual({ t: 'ack', question: 'year', choice: 1 })
    // The remote sees the crowded address, and how often it was refused: in whichever update
    // came first to say so, received before this line or after it (from = 0).
    const security = await teacher.next('security', m => m.addresses.some(a => a.address === attacker && a.refused > 100), 0)
    expect(security.addresses.find(a => a.address === attacker)?.identities).toBe(DEFAULT_LIMITS.perDevice)
    expect(security.refused).toBeGreaterThan(100)
  })

  it('refuses a second hello on one connection', async () => {
    const { origin } = await roomWithOpenQuestion('risk')
    const phone = await trackStudent(joinAsStudent(origin, { localAddress: '127.0.2.1' }))
    expect(await phone.client.request({ t: 'hello' }, 'snapshot')).toMatchObject({ t: 'error', code: 'forbidden', message: 'this connection has joined already: one hello per connection' })
    expect(await phone.client.request({ t: 'answer', question: 'risk', choice: 0 }, 'ack')).toMatchObject({ t: 'ack' })
    expect(phone.client.received.filter(m => m.t === 'identity')).toHaveLength(1)
  })

  it('takes back only identities it signed: a forged one is not who it claims, a real one is, from any address', async () => {
    const { origin } = await roomWithOpenQuestion('risk')
    const phone = await trackStudent(joinAsStudent(origin, { localAddress: '127.0.3.1' }))
    await phone.client.request({ t: 'answer', question: 'risk', choice: 2 }, 'ack')
    // A page reload, then the phone on another Wi-Fi: the same student, with its answer.
    for (const address of ['127.0.3.1', '127.0.3.2']) {
      const back = await trackStudent(joinAsStudent(origin, { localAddress: address, identity: phone.identity }))
      expect(back.client.received.find(m => m.t === 'identity')).toBeUndefined()
      expect(back.client.received.findLast(m => m.t === 'snapshot')).toMatchObject({ answer: 2 })
    }
    // Someone else's id with a made-up signature is a new student, issued an identity of its own.
    const [id] = phone.identity.split('.')
    const forger = await trackStudent(joinAsStudent(origin, { localAddress: '127.0.3.3', identity: `${id}.${randomBytes(32).toString('base64url')}` }))
    expect(forger.identity).not.toBe(phone.identity)
    expect(forger.client.received.findLast(m => m.t === 'snapshot')).not.toHaveProperty('answer')
  })

  it('caps identities at the class size, whatever the number of addresses', async () => {
    room = await startTestServer({ limits: { classSize: 3 } })
    for (let i = 1; i <= 3; i++)
      await trackStudent(joinAsStudent(room.origin, { localAddress: `127.0.4.${i}` }))
    await expect(joinAsStudent(room.origin, { localAddress: '127.0.4.4' })).rejects.toThrow('hello refused: full: the class has 3 student identities already (the instructor can raise --class-size)')
  })
})

describe('fair capacity', () => {
  it('lets an honest student, the projector and the remote in past 520 idle sockets from one address', async () => {
    room = await startTestServer()
    const { origin } = room
    let held = 0
    for (let i = 0; i < 520; i += 40) {
      const batch = await Promise.all(Array.from({ length: Math.min(40, 520 - i) }, () => tryOpen(origin, '127.0.5.1')))
      held += batch.filter(Boolean).length
    }
    expect(held).toBeLessThanOrEqual(DEFAULT_LIMITS.perAddressConnections)
    await trackStudent(joinAsStudent(origin, { localAddress: '127.0.5.2' }))
    const projector = await track(Client.open(origin, { localAddress: '127.0.5.3' }))
    expect(projector.received[0]).toMatchObject({ t: 'snapshot', presenter: false })
    const remote = await track(Client.open(origin, { localAddress: '127.0.5.4', cookie: await sessionCookie(origin, room.token) }))
    expect(await remote.next('plan', undefined, 0)).toMatchObject({ t: 'plan' })
  })

  it('keeps slots for presenter devices, known by their cookie at the upgrade, when the room is full', async () => {
    room = await startTestServer({ limits: { maxConnections: 3 } })
    const cookie = await sessionCookie(room.origin, room.token)
    for (let i = 1; i <= 3; i++)
      await track(Client.open(room.origin, { localAddress: `127.0.6.${i}` }))
    await expect(Client.open(room.origin, { localAddress: '127.0.6.9' })).rejects.toThrow('refused: 503')
    const remote = await track(Client.open(room.origin, { localAddress: '127.0.6.9', cookie }))
    expect(remote.received[0]).toMatchObject({ t: 'snapshot', presenter: true })
    expect(await remote.request({ t: 'go', slide: 2, click: 0 }, 'position')).toEqual({ t: 'position', slide: 2, click: 0 })
    // A made-up cookie is nobody's: no kept slot, no presenter.
    await expect(Client.open(room.origin, { localAddress: '127.0.6.10', cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` })).rejects.toThrow('refused: 503')
    const wrong = await fetch(`${room.origin}${CLASSROOM_SESSION_PATH}`, { method: 'POST', body: 'B'.repeat(43), headers: { Origin: room.origin } })
    expect(wrong.status).toBe(403)
    expect(wrong.headers.get('set-cookie')).toBeNull()
  })

  it('closes a steady flood that never trips the rate limit: every message counts in the window', async () => {
    room = await startTestServer({ limits: { rate: { burst: 1000, perSecond: 1000 }, flood: { windowMs: 600_000, maxMessages: 40 } } })
    const flooder = await track(Client.open(room.origin, { localAddress: '127.0.7.1' }))
    const honest = await track(Client.open(room.origin, { localAddress: '127.0.7.2' }))
    let pongs = 0
    // One message at a time, each answered: never a message dropped, so nothing in a row.
    while (flooder.ws.readyState === flooder.ws.OPEN && pongs < 100) {
      const reply = await Promise.race([flooder.request({ t: 'ping' }, 'pong'), flooder.closed])
      if ('t' in reply && reply.t === 'pong')
        pongs++
    }
    expect((await flooder.closed).code).toBe(1008)
    expect(pongs).toBeLessThan(100)
    expect(await honest.request({ t: 'ping' }, 'pong')).toEqual({ t: 'pong' })
  })
})

describe('presenter devices', () => {
  it('lists presenter devices to the remote, revokes one, and makes a new link that retires the old', async () => {
    const tokens: string[] = []
    room = await startTestServer({ onNewToken: token => tokens.push(token) })
    const { origin } = room
    const mine = await track(Client.open(origin, { localAddress: '127.0.8.1', cookie: await sessionCookie(origin, room.token) }))
    const lostPhoneCookie = await sessionCookie(origin, room.token)
    const lostPhone = await track(Client.open(origin, { localAddress: '127.0.8.2', cookie: lostPhoneCookie }))
    const listed = await mine.next('security', m => m.devices.length === 2 && m.devices.every(d => d.online === 1), 0)
    const other = listed.devices.find(d => !d.you)!
    mine.send({ t: 'revoke', device: other.device })
    expect((await lostPhone.closed).code).toBe(4001)
    const again = await track(Client.open(origin, { localAddress: '127.0.8.2', cookie: lostPhoneCookie }))
    expect(again.received[0]).toMatchObject({ t: 'snapshot', presenter: false })
    expect(await again.request({ t: 'revoke', device: listed.devices.find(d => d.you)!.device }, 'security')).toMatchObject({ t: 'error', code: 'forbidden' })

    mine.send({ t: 'relink' })
    await mine.request({ t: 'ping' }, 'pong')
    expect(tokens).toHaveLength(1)
    const old = await fetch(`${origin}${CLASSROOM_SESSION_PATH}`, { method: 'POST', body: room.token, headers: { Origin: origin } })
    expect(old.status).toBe(403)
    await sessionCookie(origin, tokens[0]!)
  })
})

describe('the token exchange', () => {
  it('refuses a POST from another page, an oversized body and a wrong token, and keeps serving', async () => {
    room = await startTestServer()
    const url = `${room.origin}${CLASSROOM_SESSION_PATH}`
    expect((await fetch(url, { method: 'POST', body: room.token })).status).toBe(403)
    expect((await fetch(url, { method: 'POST', body: room.token, headers: { Origin: 'http://evil.example' } })).status).toBe(403)
    await expect(fetch(url, { method: 'POST', body: 'x'.repeat(100_000), headers: { Origin: room.origin } })).rejects.toThrow()
    expect((await fetch(url, { method: 'POST', body: '\u0000'.repeat(43), headers: { Origin: room.origin } })).status).toBe(403)
    expect((await fetch(url, { method: 'PUT', body: room.token, headers: { Origin: room.origin } })).status).toBe(405)
    await sessionCookie(room.origin, room.token)
  })
})

describe('HTTP limits', () => {
  it('closes connections that send nothing, and caps the sockets one address may hold', async () => {
    room = await startTestServer({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 2000, perAddressSockets: 10 } })
    const { port } = room.server
    // Slowloris: a request line, then headers that never end.
    const sockets = Array.from({ length: 14 }, () => connect({ host: '127.0.0.1', port, localAddress: '127.0.9.1' }, function (this: Socket) {
      this.write('GET /join/ HTTP/1.1\r\nHost: classroom\r\n')
    }))
    const ends = sockets.map(socket => new Promise<string>((resolve) => {
      let heard = ''
      socket.on('data', (data) => {
        heard += data.toString()
      })
      socket.on('error', () => {})
      socket.on('close', () => resolve(heard))
    }))
    // Every one is closed: those over the cap at once, with no answer; the others with a 408
    // once their headers do not come in time.
    // And a connection that sends nothing at all: closed, without a word. It reads what comes, as
    // a browser does: a client that reads nothing would never see the end of a reply.
    const silent = connect({ host: '127.0.0.1', port, localAddress: '127.0.9.2' })
    silent.on('error', () => {})
    let silentHeard = ''
    silent.on('data', (data) => {
      silentHeard += data.toString()
    })
    const silentClosed = new Promise(resolve => silent.on('close', resolve))
    const heard = await Promise.all(ends)
    await silentClosed
    expect(silentHeard).toBe('')
    expect(heard.filter(text => text === '')).toHaveLength(4)
    expect(heard.filter(text => text.startsWith('HTTP/1.1 408'))).toHaveLength(10)
    const page = await fetch(`${room.origin}/join/`)
    expect(page.status).toBe(200)
  })
})
