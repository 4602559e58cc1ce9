import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadDeck } from '../../../kit/deck/loadDeck'
import { root } from '../../support/root'

let lesson: string

// A copy of the fixture lesson, under lessons/ so its data resolves the kit as any lesson does.
beforeEach(() => {
  mkdirSync(join(root, 'lessons'), { recursive: true })
  lesson = mkdtempSync(join(root, 'lessons', '.tmp-headmatter-'))
  for (const part of ['slides.md', 'data'])
    cpSync(join(root, 'test', 'fixtures', 'lesson-fixture', part), join(lesson, part), { recursive: true })
})

afterEach(() => {
  rmSync(lesson, { recursive: true, force: true })
  if (readdirSync(join(root, 'lessons')).length === 0)
    rmSync(join(root, 'lessons'), { recursive: true })
})

/** The deck's headmatter as Slidev reads it, after the kit's preparser. */
async function headmatter(): Promise<Record<string, unknown>> {
  return (await loadDeck(lesson))[0]!.frontmatter
}

describe('the kit\'s defaults for a deck\'s headmatter', () => {
  it('turns Twoslash off, so no build or dev server loads the TypeScript compiler for it', async () => {
    expect((await headmatter()).twoslash).toBe(false)
  })

  it('keeps Twoslash for a deck that asks for it', async () => {
    const slides = join(lesson, 'slides.md')
    writeFileSync(slides, readFileSync(slides, 'utf8').replace('\nmdc: false\n', '\nmdc: false\ntwoslash: true\n'))
    expect((await headmatter()).twoslash).toBe(true)
  })

  it('sets the countdown to the plan\'s total, unless the deck gives a duration', async () => {
    expect((await headmatter()).duration).toMatch(/^\d+(?:\.\d+)?min$/)
    const slides = join(lesson, 'slides.md')
    writeFileSync(slides, readFileSync(slides, 'utf8').replace('\nmdc: false\n', '\nmdc: false\nduration: 40min\n'))
    expect((await headmatter()).duration).toBe('40min')
  })
})
