import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { ASCII_CHARACTERS, BASE_CHARACTERS } from '../../../kit/vite/fonts/charset'
import { deckTextGroups } from '../../../kit/vite/fonts/deckText'
import { firstSlideComponents, readSources } from '../../../kit/vite/fonts/readSources'
import { sliceByFirstUse } from '../../../kit/vite/fonts/slices'
import { root } from '../../support/root'

const sources = readSources({ addonRoot: root, lessonRoot: root })
const slices = sliceByFirstUse(deckTextGroups(lesson, sources))
const all = new Set(slices.join(''))

describe('the deck\'s characters', () => {
  it('cover every slide title, line of content and speaker note of the lesson', () => {
    const texts = [JSON.stringify(lesson), ...lesson.plan.flatMap(p => [p.title ?? '', ...p.points, p.question])]
    const missing = [...new Set(texts.join(''))].filter(char => char >= ' ' && !all.has(char))
    expect(missing).toEqual([])
  })

  it('cover the labels written in the components, the notes\' wording in kit/ and the base set', () => {
    for (const char of `课时思考第页共计划分钟提问${ASCII_CHARACTERS}${BASE_CHARACTERS}`)
      expect(all.has(char), char).toBe(true)
  })

  it('put what the cover shows in the first slice, and the rest of the lesson after it', () => {
    for (const char of `${lesson.course.name}${lesson.course.lessonTitle}课时 ${lesson.course.lessonNumber}`)
      expect(slices[0], char).toContain(char)
    // What a student downloads for the first slide is a small part of the font.
    expect(slices[0]!.length).toBeLessThan(all.size / 3)
    expect(slices.length).toBeGreaterThanOrEqual(2)
    expect(slices.length).toBeLessThanOrEqual(4)
  })
})

describe('firstSlideComponents', () => {
  it('names the components placed on the slide after the headmatter, not later ones', () => {
    const markdown = '---\ntheme: default\nlayout: cover\n---\n\n<LessonCover :course="$lesson.course" />\n\n---\nplan: opening\n---\n\n<OpeningQuestion />\n'
    expect(firstSlideComponents(markdown)).toEqual(['components/LessonCover.vue'])
  })
})

describe('readSources: code blocks and imported Markdown', () => {
  it('takes the characters of a code block\'s comments and of Markdown imported with src: from outside the lesson', () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-sources-'))
    try {
      mkdirSync(join(dir, 'lessons', '3'), { recursive: true })
      mkdirSync(join(dir, 'common'))
      writeFileSync(join(dir, 'lessons', '3', 'slides.md'), '# 课\n\n```yaml\nreplicas: 3  # 副本鑫\n```\n\n---\nsrc: ../../common/end.md\n---\n')
      writeFileSync(join(dir, 'common', 'end.md'), '# 共用的结尾龘\n')
      const text = readSources({ addonRoot: root, lessonRoot: join(dir, 'lessons', '3') }).deck
      expect(text).toContain('副本鑫')
      expect(text).toContain('共用的结尾龘')
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
