import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startStaticServer, StaticServerError } from '../../tools/server/staticServer'

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
