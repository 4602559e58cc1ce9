import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomically } from '../../fs/replaceAtomically'
import { fontIdentity } from './fontIdentity'

/**
 * OpenType features kept: those browsers apply to horizontal text by default, and the CJK
 * spacing ones Chromium's text-spacing-trim uses. Vertical and width variants are dropped, so
 * their glyphs do not ride along with each character.
 */
export const KEPT_FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk', 'palt', 'halt', 'chws'] as const

// Part of every cache key: bump it when the subsetting settings above change.
const SETTINGS_VERSION = 1

const sources = new Map<string, Buffer>()

function fontSource(path: string): Buffer {
  let buffer = sources.get(path)
  if (!buffer) {
    buffer = readFileSync(path)
    sources.set(path, buffer)
  }
  return buffer
}

/**
 * Subsets the font at `fontPath` to `characters` as woff2, in `cacheDir` under a name derived
 * from the font and the characters: the same characters reuse the file, any change makes a new
 * one. Returns the file's path.
 */
export async function subsetToWoff2(fontPath: string, characters: string, cacheDir: string, name: string): Promise<string> {
  // The font's identity, not all its bytes: a build whose characters did not change reads no font.
  const key = createHash('sha256')
    .update(`${SETTINGS_VERSION}\0${fontIdentity(fontPath)}\0${characters}`)
    .digest('hex')
    .slice(0, 12)
  const file = join(cacheDir, `${name}-${key}.woff2`)
  if (existsSync(file))
    return file
  // Loaded only to cut a subset: the subsetter's WebAssembly is time on every build's start.
  const { default: subsetFont } = await import('subset-font')
  const woff2 = await subsetFont(fontSource(fontPath), characters, { targetFormat: 'woff2', keepFeatures: [...KEPT_FEATURES], noHinting: true })
  try {
    // A build running at the same time never reads half a font.
    writeFileAtomically(file, Buffer.from(woff2))
  }
  catch (error) {
    // Windows: another build wrote the same subset (its name is its content) and holds it open.
    if (!existsSync(file))
      throw error
  }
  return file
}
