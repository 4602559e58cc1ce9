import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

/**
 * The one static file server: `present` and the tests serve dist/ with it, classroom mode serves
 * its public sites through `staticFiles`. It sends the brotli or gzip copy made at build time
 * (tools/build/precompress.ts) when the browser accepts it.
 */

export interface StaticServer {
  url: string
  port: number
  /** Stops listening and drops open connections (a browser's keep-alive ones would hold it for seconds). */
  close: () => Promise<void>
}

/** Answers a request from the site's files, or calls `next` when none matches. */
export type StaticHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void

export class StaticServerError extends Error {
  override name = 'StaticServerError'
}

/** A file name Vite gave a content hash (`index-BXX3Cryg.js`) inside a build's assets folder. */
const HASHED_ASSET = /^\/(?:[\w-]+\/)*[\w-]*assets\/(?:[\w-]+\/)*[^/]+-[\w-]{8}\.\w+$/

/**
 * A hashed asset never changes under its name, so a browser keeps it for good and a reload asks
 * nothing; anything else (HTML, favicon, unhashed vendor files) is checked against its ETag.
 */
export function cacheControl(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** Which folder is at `dir` now: a rebuild puts a new one in its place (kit/fs/replaceAtomically.ts). */
function folderIdentity(dir: string): string | undefined {
  try {
    const stats = statSync(dir)
    return `${stats.ino}:${stats.birthtimeMs}`
  }
  catch {
    // Between the two renames of a rebuild's swap.
    return undefined
  }
}

/**
 * Serves a built site from `dir`: a single-page app, so unknown paths without an extension fall
 * back to index.html (/presenter/3 works); a path with none calls `next`. A rebuild may replace
 * the folder while it is served (`npm run build` beside a running `present` or class): sirv lists
 * the files once, so the listing is read again when another folder stands at `dir`.
 */
export function staticFiles(dir: string): StaticHandler {
  let served: { folder: string, handler: StaticHandler } | undefined
  return (req, res, next) => {
    const folder = folderIdentity(dir)
    if (folder === undefined) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '1' })
      res.end('The deck is being replaced by a new build: try again in a moment.\n')
      return
    }
    if (served?.folder !== folder) {
      served = {
        folder,
        handler: sirv(dir, {
          single: true,
          dev: false,
          etag: true,
          brotli: true,
          gzip: true,
          setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
        }),
      }
    }
    // sirv streams a file without listening for its errors: one removed while the request was on
    // its way (the swap itself) would end the whole server, and every class connection with it.
    res.once('pipe', source => source.once('error', () => res.destroy()))
    served.handler(req, res, next)
  }
}

/**
 * Serves a built deck on 127.0.0.1. Port 0 picks a free port; a busy requested port is reported
 * as such rather than as a stack trace.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html')))
    throw new StaticServerError(`${root}/index.html not found: build the deck first (npm run build)`)
  const handler = staticFiles(root)
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
