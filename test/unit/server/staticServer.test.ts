import type { IncomingHttpHeaders } from 'node:http'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { replaceDir, tempBeside } from '../../../kit/fs/replaceAtomically'
import { precompress } from '../../../tools/build/precompress'
import { startStaticServer, StaticServerError } from '../../../tools/server/staticServer'

const servers: { close: () => Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.close()))
})

function builtDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-dist-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>deck</title>')
  return dir
}

describe('startStaticServer', () => {
  it('serves index.html for deep links like /presenter/3, as the deck\'s router expects', async () => {
    const server = await startStaticServer(builtDeck())
    servers.push(server)
    const response = await fetch(`${server.url}/presenter/3`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>deck</title>')
  })

  it('says a requested port is busy instead of crashing', async () => {
    const first = await startStaticServer(builtDeck())
    servers.push(first)
    await expect(startStaticServer(builtDeck(), first.port)).rejects.toThrow(
      new StaticServerError(`port ${first.port} is already in use: choose another with --port, or 0 for any free port`),
    )
  })

  it('asks for a build when there is none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'deck-empty-'))
    await expect(startStaticServer(empty)).rejects.toThrow(/index\.html not found: build the deck first \(npm run build\)/)
  })
})

/** A raw GET (fetch would decode the body): status, headers and the bytes on the wire. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number, headers: IncomingHttpHeaders, body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject).end()
  })
}

describe('compressed and cached files', () => {
  const script = `console.log(${JSON.stringify('幻灯片 '.repeat(2000))})\n`

  async function servedSite(): Promise<string> {
    const dir = builtDeck()
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>deck</title>${'<p>课堂</p>'.repeat(500)}`)
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets/index-BXX3Cryg.js'), script)
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>')
    await precompress(dir)
    const server = await startStaticServer(dir)
    servers.push(server)
    return server.url
  }

  it('sends the brotli copy made at build time to a browser that takes brotli, gzip to one that takes only gzip', async () => {
    const url = await servedSite()
    const br = await get(`${url}/assets/index-BXX3Cryg.js`, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(br.body.byteLength).toBeLessThan(Buffer.byteLength(script) / 10)
    expect(brotliDecompressSync(br.body).toString()).toBe(script)
    const gz = await get(`${url}/assets/index-BXX3Cryg.js`, { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)
    const plain = await get(`${url}/assets/index-BXX3Cryg.js`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
  })

  it('compresses the page a deep link falls back to', async () => {
    const url = await servedSite()
    const page = await get(`${url}/presenter/3`, { 'Accept-Encoding': 'br' })
    expect(page.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>deck</title>')
  })

  it('lets a browser keep hashed assets for good and revalidate the rest', async () => {
    const url = await servedSite()
    expect((await get(`${url}/assets/index-BXX3Cryg.js`)).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await get(`${url}/`)).headers['cache-control']).toBe('no-cache')
    expect((await get(`${url}/presenter/3`)).headers['cache-control']).toBe('no-cache')
    const icon = await get(`${url}/favicon.svg`)
    expect(icon.headers['cache-control']).toBe('no-cache')
    const again = await get(`${url}/favicon.svg`, { 'If-None-Match': String(icon.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)
  })

  it('makes no compressed copy of files too small to gain from one', async () => {
    const dir = builtDeck()
    await precompress(dir)
    expect(existsSync(join(dir, 'index.html.br'))).toBe(false)
  })
})

describe('a rebuild while the deck is served', () => {
  function site(page: string, asset: string): string {
    const dir = builtDeck()
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${page}</title>`)
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets', asset), `console.log(${JSON.stringify(page)})\n`)
    return dir
  }

  it('serves the new build once it replaces the folder, whole, and the old build\'s files no more', async () => {
    const dir = site('第一版', 'index-AAAAAAAA.js')
    const server = await startStaticServer(dir)
    servers.push(server)
    expect((await get(`${server.url}/assets/index-AAAAAAAA.js`)).status).toBe(200)
    // As a build puts itself in place (tools/build/buildCache.ts): the new folder renamed over the old.
    replaceDir(site('重新构建后的第二版', 'index-BBBBBBBB.js'), dir, tempBeside(dir, 'old'))
    const page = await get(`${server.url}/`)
    expect(page.body.toString()).toBe('<!doctype html><title>重新构建后的第二版</title>')
    expect(Number(page.headers['content-length'])).toBe(page.body.byteLength)
    expect((await get(`${server.url}/assets/index-BBBBBBBB.js`)).status).toBe(200)
    expect((await get(`${server.url}/assets/index-AAAAAAAA.js`)).status).toBe(404)
  })

  it('ends a request for a file removed after it was listed, and goes on serving', async () => {
    const dir = site('课堂', 'index-AAAAAAAA.js')
    const server = await startStaticServer(dir)
    servers.push(server)
    expect((await get(`${server.url}/`)).status).toBe(200)
    rmSync(join(dir, 'assets', 'index-AAAAAAAA.js'))
    await expect(get(`${server.url}/assets/index-AAAAAAAA.js`)).rejects.toThrow()
    expect((await get(`${server.url}/`)).body.toString()).toContain('<title>课堂</title>')
  })

  it('asks the browser to come back in a moment between the two renames of the swap', async () => {
    const dir = site('课堂', 'index-AAAAAAAA.js')
    const server = await startStaticServer(dir)
    servers.push(server)
    const aside = tempBeside(dir, 'old')
    renameSync(dir, aside)
    const between = await get(`${server.url}/`)
    expect(between.status).toBe(503)
    expect(between.headers['retry-after']).toBe('1')
    renameSync(aside, dir)
    expect((await get(`${server.url}/`)).status).toBe(200)
  })
})
