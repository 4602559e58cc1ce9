import type { ClassroomServer } from '../../tools/classroom/server'
import type { VoteLog } from '../../tools/classroom/voteLog'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompress } from '../../tools/build/precompress'
import { openClassSession } from '../../tools/classroom/classSession'
import { startClassroomServer } from '../../tools/classroom/server'
import { QUESTIONS, SLIDES } from '../support/classroomServer'

const script = `export const slides = ${JSON.stringify('第一张幻灯片 '.repeat(3000))}\n`
let server: ClassroomServer
let log: VoteLog | undefined

/** The public build's shape: the deck at the root with the apps' assets, the student app in join/. */
async function publicSite(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'class-public-'))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>projector</title>${'<p>投影</p>'.repeat(300)}`)
  mkdirSync(join(dir, 'classroom-assets'))
  writeFileSync(join(dir, 'classroom-assets', 'phone-DXr7bj3y.js'), script)
  mkdirSync(join(dir, 'join'))
  writeFileSync(join(dir, 'join', 'index.html'), `<!doctype html><title>join</title><script type="module" src="/classroom-assets/phone-DXr7bj3y.js"></script>${'<p>学生</p>'.repeat(300)}`)
  await precompress(dir)
  return dir
}

function get(url: string): Promise<{ headers: Record<string, string | string[] | undefined>, body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject).end()
  })
}

beforeAll(async () => {
  const dir = await publicSite()
  const session = await openClassSession({ logDir: mkdtempSync(join(tmpdir(), 'class-logs-')), resume: false, questions: QUESTIONS, slides: SLIDES, now: new Date() })
  log = session.log
  server = await startClassroomServer({
    host: '127.0.0.1',
    port: 0,
    sites: { projector: { dir, build: 'x' }, join: { dir: join(dir, 'join'), build: 'x' }, remote: { dir: join(dir, 'remote'), build: 'x' } },
    classroom: session.classroom,
    log: session.log,
    identities: session.identities,
    slides: SLIDES,
    token: 'token',
    warn: () => {},
  })
})

afterAll(async () => {
  await server.close()
  await log?.close()
})

describe('what a phone downloads from the classroom server', () => {
  it('is the brotli copy made at build time, the app\'s script kept for good and the page revalidated', async () => {
    const page = await get(`${server.origin}/join`)
    expect(page.headers['content-encoding']).toBe('br')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>join</title>')

    const app = await get(`${server.origin}/classroom-assets/phone-DXr7bj3y.js`)
    expect(app.headers['content-encoding']).toBe('br')
    expect(app.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(app.body.byteLength).toBeLessThan(Buffer.byteLength(script) / 10)
    expect(brotliDecompressSync(app.body).toString()).toBe(script)
  })
})
