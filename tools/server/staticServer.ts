import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  port: number
  /** Stops listening and drops open connections (a browser's keep-alive ones would hold it for seconds). */
  close: () => Promise<void>
}

export class StaticServerError extends Error {
  override name = 'StaticServerError'
}

/**
 * Serves a built deck (a single-page app: unknown paths fall back to
 * index.html, so /presenter/3 works) on 127.0.0.1. Port 0 picks a free port;
 * a busy requested port is reported as such rather than as a stack trace.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html')))
    throw new StaticServerError(`${root}/index.html not found: build the deck first (npm run build)`)
  const handler = sirv(root, { single: true, dev: false, etag: true, gzip: false })
  const server = createServer((req, res) => handler(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new StaticServerError(`port ${port} is already in use: choose another with --port, or 0 for any free port`)
        : error)
    })
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
  }
}
