import { gzipSync } from 'node:zlib'

/** What kind of file a response was, for the breakdown of a page's weight. */
export type ResourceKind = 'js' | 'css' | 'font' | 'image' | 'html' | 'other'

export interface Resource {
  url: string
  /** Bytes of the body as the server sent it, before any compression. */
  bytes: number
  /** Bytes of the body gzip-compressed, as a server with compression on would send it. */
  gzipBytes: number
  kind: ResourceKind
}

export interface PageWeight {
  requests: number
  bytes: number
  gzipBytes: number
  /** gzip bytes by kind of resource. */
  gzipByKind: Record<ResourceKind, number>
  resources: Resource[]
}

/** Sorts a response into a kind by its content type, falling back to the URL's extension. */
export function kindOf(url: string, contentType: string): ResourceKind {
  const path = new URL(url).pathname
  if (/javascript/.test(contentType) || /\.m?js$/.test(path))
    return 'js'
  if (/css/.test(contentType) || /\.css$/.test(path))
    return 'css'
  if (/^font\/|woff|truetype|opentype/.test(contentType) || /\.(?:woff2?|ttf|otf)$/.test(path))
    return 'font'
  if (/^image\//.test(contentType))
    return 'image'
  if (/html/.test(contentType))
    return 'html'
  return 'other'
}

/** One response's weight; gzip at level 6, the usual default of web servers. */
export function resourceOf(url: string, contentType: string, body: Uint8Array): Resource {
  return { url, bytes: body.byteLength, gzipBytes: gzipSync(body, { level: 6 }).byteLength, kind: kindOf(url, contentType) }
}

/** Adds up the responses a page received. */
export function pageWeight(resources: readonly Resource[]): PageWeight {
  const gzipByKind: Record<ResourceKind, number> = { js: 0, css: 0, font: 0, image: 0, html: 0, other: 0 }
  for (const resource of resources)
    gzipByKind[resource.kind] += resource.gzipBytes
  return {
    requests: resources.length,
    bytes: resources.reduce((sum, r) => sum + r.bytes, 0),
    gzipBytes: resources.reduce((sum, r) => sum + r.gzipBytes, 0),
    gzipByKind,
    resources: [...resources],
  }
}
