import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import subsetFont from 'subset-font'

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
  const font = fontSource(fontPath)
  const key = createHash('sha256')
    .update(`${SETTINGS_VERSION}\0${basename(fontPath)}\0${font.byteLength}\0${characters}`)
    .digest('hex')
    .slice(0, 12)
  const file = join(cacheDir, `${name}-${key}.woff2`)
  if (existsSync(file))
    return file
  const woff2 = await subsetFont(font, characters, { targetFormat: 'woff2', keepFeatures: [...KEPT_FEATURES], noHinting: true })
  mkdirSync(cacheDir, { recursive: true })
  // Written aside then renamed: a build running at the same time never reads half a font.
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, Buffer.from(woff2))
  try {
    renameSync(partial, file)
  }
  catch (error) {
    // Windows: another build wrote the same subset (its name is its content) and holds it open.
    if (!existsSync(file))
      throw error
    rmSync(partial, { force: true })
  }
  return file
}
