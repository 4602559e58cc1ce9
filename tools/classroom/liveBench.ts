/**
 * The live classroom bench (issues 12 and 20): a lecture hall of simulated students as real
 * WebSocket clients in this process, each from its own loopback source address (127.0.x.y), as
 * phones on a Wi-Fi each have their own; the server in a child process with `present --lan`'s
 * default limits. Measures the time from the presenter's click until every student has it,
 * answers acknowledged (on disk) per second, the server's CPU and peak RSS; then kills the
 * server with SIGKILL during a burst of answers, restarts it on the same log, and counts
 * acknowledged answers a phone presenting its identity again does not get back.
 */
import type { LiveQuestion, ServerMessage, SlideNotes } from '../../kit/classroom/protocol'
import type { ServerSetup } from './serverSetup'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import WebSocket from 'ws'
import { CLASSROOM_SESSION_PATH } from '../../kit/classroom/protocol'
import { sampleTree } from '../bench/processTree'
import { median, percentile } from '../bench/stats'
import { ChildServer } from './childServer'

export interface LiveBenchOptions {
  root: string
  students: number
  clicks: number
  progress: (line: string) => void
}

export interface LiveBenchResults {
  date: string
  students: number
  clicks: number
  /** Per click, the time until the last student received it, over all clicks. */
  clickToAllStudentsMs: { p50: number, p99: number, max: number }
  /** Per student and click, the time until that student received it. */
  clickToStudentMs: { p50: number, p99: number }
  /** All students answer at once: answers acknowledged (on disk) per second over the burst. */
  answersPerSecond: number
  answerAckMs: { p50: number, p99: number }
  /** CPU time of the server process during the measured clicks and answers, and as a share of one core. */
  serverCpuMs: number
  serverCpuPercentOfOneCore: number
  serverPeakRssBytes: number
  /** CPU time of this process (the simulated phones) over the same span: the other side of each delay. */
  clientsCpuMs: number
  /** The machine's 1-minute load average at the start and the end: delays above grow with it. */
  loadAverage: { start: number, end: number }
  kill9: {
    /** Answers acknowledged before the server was killed mid-burst. */
    acknowledgedBeforeKill: number
    sentBeforeKill: number
    /** Acknowledged answers a reconnecting phone did not get back after the restart: must be 0. */
    lostAfterRestart: number
    replayedAnswers: number
  }
}

const QUESTIONS: LiveQuestion[] = [
  { id: 'burst', slide: 's2', kind: 'choice', prompt: '第一题', options: ['甲', '乙', '丙', '丁'], correct: 1 },
  { id: 'crash', slide: 's3', kind: 'poll', prompt: '第二题', options: ['甲', '乙', '丙', '丁'] },
]
const SLIDES: SlideNotes[] = Array.from({ length: 40 }, (_, i) => ({ slide: i + 1, plan: `s${i + 1}`, minutes: 1, points: ['要点'] }))

/** A WebSocket client that notes when each message arrived. */
class BenchClient {
  private listeners: Array<(m: ServerMessage, at: number) => void> = []
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const at = performance.now()
      // Plain JSON.parse: the whole hall shares this one process, and the schema check is a phone's
      // own work, not the server's (the integration tests check every message against the schema).
      const message = JSON.parse(data.toString()) as ServerMessage
      // A live page answers the server's heartbeat, or is closed as gone.
      if (message.t === 'beat')
        this.send({ t: 'beat' })
      for (const listener of this.listeners)
        listener(message, at)
    })
    ws.on('error', () => {})
  }

  /** Opens a connection; resolves with the client and the snapshot every connection gets first. */
  static open(origin: string, localAddress: string, cookie?: string): Promise<{ client: BenchClient, snapshot: ServerMessage }> {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}/ws`, { origin, localAddress, ...(cookie ? { headers: { cookie } } : {}) })
    const client = new BenchClient(ws)
    return new Promise((resolve, reject) => {
      const first = client.wait(m => m.t === 'snapshot')
      ws.once('open', () => void first.then(({ message }) => resolve({ client, snapshot: message })))
      ws.once('unexpected-response', (_req, res) => reject(new Error(`bench: connection from ${localAddress} refused (${res.statusCode})`)))
      ws.once('error', error => reject(new Error(`bench: connection from ${localAddress} failed: ${error.message}`)))
    })
  }

  on(listener: (m: ServerMessage, at: number) => void): () => void {
    this.listeners.push(listener)
    return () => {
      this.listeners = this.listeners.filter(l => l !== listener)
    }
  }

  wait(match: (m: ServerMessage) => boolean): Promise<{ message: ServerMessage, at: number }> {
    return new Promise((resolve) => {
      const off = this.on((message, at) => {
        if (match(message)) {
          off()
          resolve({ message, at })
        }
      })
    })
  }

  send(message: object): void {
    this.ws.send(JSON.stringify(message))
  }
}

/** Student `i`'s own source address: 127.0.1.1, 127.0.1.2, … (127.0.0.1 is the server's and the presenter's). */
export function phoneAddress(i: number): string {
  return `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`
}

interface Phone {
  client: BenchClient
  /** The identity the server issued this phone. */
  identity: string
}

/** Joins phone `i`: presents `identity` if given, or is issued one. */
async function joinPhone(origin: string, i: number, identity?: string): Promise<Phone & { snapshot: ServerMessage }> {
  const { client } = await BenchClient.open(origin, phoneAddress(i))
  const issued = client.wait(m => m.t === 'identity' || m.t === 'error')
  const snapshot = client.wait(m => m.t === 'snapshot')
  client.send(identity === undefined ? { t: 'hello' } : { t: 'hello', identity })
  if (identity === undefined) {
    const { message } = await issued
    if (message.t !== 'identity')
      throw new Error(`bench: phone ${phoneAddress(i)} was refused an identity: ${JSON.stringify(message)}`)
    identity = message.identity
  }
  return { client, identity, snapshot: (await snapshot).message }
}

async function connectStudents(origin: string, count: number): Promise<Phone[]> {
  const phones: Phone[] = []
  // In batches: a thousand handshakes at once would measure the kernel's accept queue.
  for (let i = 0; i < count; i += 50)
    phones.push(...await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => joinPhone(origin, i + k))))
  return phones
}

/** The presenter as the remote joins: the token exchanged for a session cookie, then a kept slot. */
async function connectPresenter(origin: string, token: string): Promise<BenchClient> {
  const response = await fetch(`${origin}${CLASSROOM_SESSION_PATH}`, { method: 'POST', body: token, headers: { Origin: origin } })
  const cookie = /^[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0]
  if (!response.ok || cookie === undefined)
    throw new Error(`bench: the presenter token was refused (${response.status})`)
  // The cookie makes the connection the presenter's at the upgrade: its first snapshot says so.
  const { client, snapshot } = await BenchClient.open(origin, '127.0.0.1', cookie)
  if (snapshot.t !== 'snapshot' || !snapshot.presenter)
    throw new Error('bench: the presenter cookie was not taken at the upgrade')
  return client
}

function closeAll(clients: readonly BenchClient[]): void {
  for (const client of clients)
    client.ws.terminate()
}

export async function runLiveBench(options: LiveBenchOptions): Promise<LiveBenchResults> {
  const { root, students, clicks, progress } = options
  const work = join(root, 'bench', 'runs', `live-${process.pid}`)
  rmSync(work, { recursive: true, force: true })
  const siteDir = join(work, 'site')
  mkdirSync(siteDir, { recursive: true })
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>bench</title>')
  const site = { dir: siteDir, build: 'bench' }
  const setup = (resume: boolean): ServerSetup => ({
    host: '127.0.0.1',
    port: 0,
    logDir: join(work, 'logs'),
    resume,
    questions: QUESTIONS,
    slides: SLIDES,
    sites: { projector: site, join: site, remote: site },
    // No limits here: the server runs with present --lan's defaults.
  })

  const loadAtStart = loadavg()[0]!
  let server = await ChildServer.start(root, setup(false))
  let peakRss = 0
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, sampleTree(server.pid).rssBytes)
  }, 50)
  const everyone: BenchClient[] = []
  try {
    progress(`live: connecting ${students} students to ${server.ready.origin}`)
    const presenter = await connectPresenter(server.ready.origin, server.ready.token)
    const joined = await connectStudents(server.ready.origin, students)
    const phones = joined.map(p => p.client)
    everyone.push(presenter, ...phones)

    /** Sends one click and resolves with each student's delay until it arrived. */
    const click = async (i: number): Promise<number[]> => {
      const position = { slide: 2 + (i % 30), click: i % 4 }
      const arrivals = phones.map(phone => phone.wait(m => m.t === 'position' && m.slide === position.slide && m.click === position.click))
      const sent = performance.now()
      presenter.send({ t: 'go', ...position })
      const times = (await Promise.all(arrivals)).map(a => a.at - sent)
      // A presenter clicks every second or so: a pause keeps clicks from queueing behind each other.
      await new Promise(resolve => setTimeout(resolve, 100))
      return times
    }
    // Unmeasured: the first clicks compile the code paths on both sides.
    for (let i = 0; i < 5; i++)
      await click(i)

    const cpuBefore = sampleTree(server.pid).cpuMs
    const clientsCpuBefore = process.cpuUsage()
    const wallBefore = performance.now()
    progress(`live: ${clicks} clicks`)
    const toAll: number[] = []
    const toEach: number[] = []
    for (let i = 0; i < clicks; i++) {
      const times = await click(i)
      toEach.push(...times)
      toAll.push(Math.max(...times))
    }

    progress(`live: all ${students} answer at once`)
    const opened = presenter.wait(m => m.t === 'question')
    presenter.send({ t: 'open', question: 'burst' })
    await opened
    const acks = phones.map(phone => phone.wait(m => m.t === 'ack' || m.t === 'error'))
    const burstStart = performance.now()
    phones.forEach((phone, i) => phone.send({ t: 'answer', question: 'burst', choice: i % 4 }))
    const replies = await Promise.all(acks)
    const refused = replies.filter(r => r.message.t !== 'ack')
    if (refused.length > 0)
      throw new Error(`bench: ${refused.length} answers refused: ${JSON.stringify(refused[0]!.message)}`)
    const ackTimes = replies.map(r => r.at - burstStart)
    const burstMs = Math.max(...ackTimes)
    const serverCpuMs = sampleTree(server.pid).cpuMs - cpuBefore
    const clientsCpu = process.cpuUsage(clientsCpuBefore)
    const measuredWallMs = performance.now() - wallBefore

    progress('live: kill -9 during a burst of answers')
    const closed = presenter.wait(m => m.t === 'question' && m.current.state === 'closed')
    presenter.send({ t: 'close', question: 'burst' })
    await closed
    const reopened = presenter.wait(m => m.t === 'question' && m.current.state === 'open')
    presenter.send({ t: 'open', question: 'crash' })
    await reopened
    const acked = new Map<number, number>()
    phones.forEach((phone, i) => phone.on((m) => {
      if (m.t === 'ack' && m.question === 'crash')
        acked.set(i, m.choice)
    }))
    const half = Math.floor(students / 2)
    let sent = 0
    // Answers keep coming in small waves until the kill, as from a room of phones.
    const killed = new Promise<void>((resolve) => {
      const wave = setInterval(() => {
        for (let k = 0; k < 10 && sent < students; k++, sent++)
          phones[sent]!.send({ t: 'answer', question: 'crash', choice: sent % 4 })
        if (acked.size >= half || sent >= students) {
          clearInterval(wave)
          void server.kill9().then(resolve)
        }
      }, 2)
    })
    await killed
    // Acks can still be in this process's receive buffers: count what arrived before the kill returned.
    const acknowledged = new Map(acked)
    closeAll(everyone)
    everyone.length = 0

    server = await ChildServer.start(root, setup(true))
    progress(`live: restarted (${server.ready.replayedAnswers} answers read back); reconnecting ${acknowledged.size} acknowledged students`)
    let lost = 0
    const acknowledgedIds = [...acknowledged.keys()]
    for (let i = 0; i < acknowledgedIds.length; i += 50) {
      await Promise.all(acknowledgedIds.slice(i, i + 50).map(async (index) => {
        const { client, snapshot } = await joinPhone(server.ready.origin, index, joined[index]!.identity)
        everyone.push(client)
        if (snapshot.t !== 'snapshot' || snapshot.answer !== acknowledged.get(index))
          lost++
      }))
    }

    return {
      date: new Date().toISOString(),
      students,
      clicks,
      clickToAllStudentsMs: { p50: round(median(toAll)), p99: round(percentile(toAll, 99)), max: round(Math.max(...toAll)) },
      clickToStudentMs: { p50: round(median(toEach)), p99: round(percentile(toEach, 99)) },
      answersPerSecond: Math.round(students / (burstMs / 1000)),
      answerAckMs: { p50: round(median(ackTimes)), p99: round(percentile(ackTimes, 99)) },
      serverCpuMs: Math.round(serverCpuMs),
      serverCpuPercentOfOneCore: Math.round((serverCpuMs / measuredWallMs) * 100),
      serverPeakRssBytes: peakRss,
      clientsCpuMs: Math.round((clientsCpu.user + clientsCpu.system) / 1000),
      loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]!) },
      kill9: { acknowledgedBeforeKill: acknowledged.size, sentBeforeKill: sent, lostAfterRestart: lost, replayedAnswers: server.ready.replayedAnswers },
    }
  }
  finally {
    clearInterval(sampler)
    closeAll(everyone)
    await server.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

export function formatLiveTable(results: LiveBenchResults): string {
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  return [
    `Live classroom: ${results.students} students, each from its own 127.0.x.y, server with present --lan's default limits, ${results.clicks} clicks`,
    `  click → all students received   p50 ${results.clickToAllStudentsMs.p50} ms, p99 ${results.clickToAllStudentsMs.p99} ms (max ${results.clickToAllStudentsMs.max} ms)`,
    `  click → one student received    p50 ${results.clickToStudentMs.p50} ms, p99 ${results.clickToStudentMs.p99} ms`,
    `  answers accepted (on disk)      ${results.answersPerSecond}/s; ack p50 ${results.answerAckMs.p50} ms, p99 ${results.answerAckMs.p99} ms`,
    `  server CPU                      ${results.serverCpuMs} ms (${results.serverCpuPercentOfOneCore}% of one core), peak RSS ${mb(results.serverPeakRssBytes)}`,
    `  simulated phones' CPU            ${results.clientsCpuMs} ms; machine load average ${results.loadAverage.start} → ${results.loadAverage.end}`,
    `  kill -9 mid-burst               ${results.kill9.acknowledgedBeforeKill} of ${results.kill9.sentBeforeKill} sent acknowledged; lost after restart: ${results.kill9.lostAfterRestart}`,
  ].join('\n')
}
