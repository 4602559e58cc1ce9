import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as labels from '../../../kit/labels'
import { labelGroupsText } from '../../../kit/vite/fonts/labelText'

const kit = new URL('../../../kit/', import.meta.url).pathname
const CHINESE = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/

/** The kit's code files, without kit/labels.ts and the starter lesson's content (kit/starter/). */
function kitCodeFiles(): string[] {
  return readdirSync(kit, { recursive: true, encoding: 'utf8' })
    .filter(file => /\.(?:ts|mts|mjs|vue|html)$/.test(file) && file !== 'labels.ts' && !file.startsWith('starter/') && !file.includes('node_modules'))
}

/** Source without its comments: a comment may quote a label to say what code does. */
function withoutComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

describe('the kit\'s Chinese words', () => {
  it('are all in kit/labels.ts: no component, helper or setup writes its own', () => {
    const stray = kitCodeFiles().flatMap(file => withoutComments(readFileSync(join(kit, file), 'utf8'))
      .split('\n')
      .filter(line => CHINESE.test(line))
      .map(line => `${file}: ${line.trim()}`))
    expect(stray).toEqual([])
  })
})

describe('labelGroupsText', () => {
  it('gives the font subsetter the words of each group a component names, a function\'s words included', () => {
    for (const groups of Object.values(labels.componentLabelGroups)) {
      for (const group of groups)
        expect(Object.keys(labels), group).toContain(group)
      expect(labelGroupsText(kit, groups)).toMatch(CHINESE)
    }
    // Written only inside a function: a transpiled function may carry it as \u escapes.
    expect(labelGroupsText(kit, ['coverLabels'])).toContain('课时')
    expect(labelGroupsText(kit, ['coverLabels'])).not.toContain('实验地址')
    // Comments quote examples the screen never shows (云原生—课时2：…): not the slice's business.
    expect(labelGroupsText(kit, ['coverLabels'])).not.toContain('/**')
  })

  it('fails on a group the file does not have, rather than leaving its characters out', () => {
    expect(() => labelGroupsText(kit, ['missingLabels'])).toThrow('kit/labels.ts has no group "missingLabels"')
  })
})
