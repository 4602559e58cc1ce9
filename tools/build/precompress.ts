import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/**
 * Brotli and gzip copies of a built site's text files (`x.js.br`, `x.js.gz` beside `x.js`), made
 * once when a build finishes, so the static server (tools/server/staticServer.ts) sends compressed
 * bytes without compressing on each request. Fonts and images are compressed already.
 */

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest', '.map'])

/**
 * Brotli's best quality for files a page loads first; one step less for the large ones (Mermaid's
 * chunks), within a few per cent of the bytes at a third of the time.
 */
function brotliQuality(bytes: number): number {
  return bytes <= 256 * 1024 ? 11 : 10
}

/** Smaller files gain less from compression than the headers it adds. */
const MIN_BYTES = 1024

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name))
}

/** Whether `file` is a text file worth a compressed copy. */
export function isCompressible(file: string, bytes: number): boolean {
  return COMPRESSIBLE.has(extname(file).toLowerCase()) && bytes >= MIN_BYTES
}

/**
 * Writes `.br` and `.gz` beside every compressible file under `dir` (a copy that is not smaller is
 * not written). Runs the compressions on libuv's thread pool, a few at a time.
 */
export async function precompress(dir: string): Promise<void> {
  const files = await filesUnder(dir)
  const todo = (await Promise.all(files.map(async file => ({ file, bytes: (await stat(file)).size }))))
    .filter(({ file, bytes }) => isCompressible(file, bytes))
  const queue = [...todo]
  async function worker(): Promise<void> {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const body = await readFile(next.file)
      const [br, gz] = await Promise.all([
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(body.byteLength), [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
        gzipAsync(body, { level: 9 }),
      ])
      if (br.byteLength < body.byteLength)
        await writeFile(`${next.file}.br`, br)
      if (gz.byteLength < body.byteLength)
        await writeFile(`${next.file}.gz`, gz)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}
