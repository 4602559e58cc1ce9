import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'

/** Bytes read from the font's start: its table directory, with a checksum of every table. */
const HEAD_BYTES = 4096

/**
 * What names a font file in a cache key, without reading all of it: its name, its size and a
 * hash of its first bytes (the table directory carries a checksum per table). npm gives every
 * installed file the same date, so a font package's update of the same name and size still
 * makes new keys.
 */
export function fontIdentity(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const read = readSync(fd, head, 0, HEAD_BYTES, 0)
    const digest = createHash('sha256').update(head.subarray(0, read)).digest('hex').slice(0, 16)
    return `${basename(path)}\0${fstatSync(fd).size}\0${digest}`
  }
  finally {
    closeSync(fd)
  }
}
