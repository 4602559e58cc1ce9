import type { Font } from 'fontkit'
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { create } from 'fontkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { NOTO_SANS_SC } from '../../kit/vite/fonts/notoSansSc'
import { copyProject, root } from '../support/fixtureProject'

// A character no source of the deck uses, which Noto Sans SC has: 龘 (U+9F98).
const RARE = '龘'
const project = copyProject('font-subset-')
const copy = project.dir

function openFont(file: string): Font {
  const font = create(readFileSync(file))
  if (!('hasGlyphForCodePoint' in font))
    throw new Error(`${file} is a font collection`)
  return font
}

let assets: string
let css: string

beforeAll(async () => {
  const courseFile = join(copy, 'data', 'course.ts')
  const course = readFileSync(courseFile, 'utf8')
  expect(course, 'the fixture edits the course name as written in data/course.ts').toContain(lesson.course.name)
  writeFileSync(courseFile, course.replace(lesson.course.name, `${lesson.course.name}${RARE}`))

  await promisify(execFile)(process.execPath, [join(root, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build'], { cwd: copy, maxBuffer: 64 * 2 ** 20 })
  assets = join(copy, 'dist', 'assets')
  css = readdirSync(assets).filter(name => name.endsWith('.css')).map(name => readFileSync(join(assets, name), 'utf8')).join('\n')
}, 300_000)

afterAll(() => project.remove())

describe('the built deck\'s font', () => {
  it('starts from a character the deck does not use yet and the full font has', () => {
    const everything = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter(name => /^(?:data|components|composables|lib|setup|styles)\/.*\.(?:ts|vue|css)$|^slides\.md$/.test(name))
      .map(name => readFileSync(join(root, name), 'utf8'))
      .join('')
    expect(everything).not.toContain(RARE)
    expect(openFont(NOTO_SANS_SC.weights[0]!.path).hasGlyphForCodePoint(RARE.codePointAt(0)!)).toBe(true)
  })

  it('has the glyph of a character added to data/, in regular and bold, after the next build', () => {
    const files = readdirSync(assets).filter(name => /^noto-sans-sc-.*\.woff2$/.test(name))
    for (const weight of [400, 700]) {
      const holding = files
        .filter(name => name.startsWith(`noto-sans-sc-${weight}-`))
        .filter(name => openFont(join(assets, name)).hasGlyphForCodePoint(RARE.codePointAt(0)!))
      expect(holding, `weight ${weight}`).toHaveLength(1)
    }
    expect(css).toMatch(new RegExp(`unicode-range:[^;}]*U\\+${RARE.codePointAt(0)!.toString(16).toUpperCase()}[,;}]`, 'i'))
  })

  it('ships Noto Sans SC as a handful of woff2 files and @font-face rules, far from the full font', () => {
    const noto = readdirSync(assets).filter(name => /noto-sans-sc/i.test(name))
    expect(noto.length).toBeGreaterThan(1)
    expect(noto.filter(name => !name.endsWith('.woff2'))).toEqual([])
    const rules = css.match(/@font-face\s*\{[^}]*Noto Sans SC[^}]*\}/g) ?? []
    expect(rules).toHaveLength(noto.length)
    expect(rules.length).toBeLessThanOrEqual(8)
    const glyphs = noto.reduce((sum, name) => sum + openFont(join(assets, name)).numGlyphs, 0)
    expect(glyphs).toBeLessThan(openFont(NOTO_SANS_SC.weights[0]!.path).numGlyphs / 10)
  })
})
