import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const kit = new URL('../../../kit/', import.meta.url).pathname
const CHINESE = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/

/** The kit's code files, without kit/labels.ts and the starter lesson's content (kit/starter/). */
function kitCodeFiles(): string[] {
  return readdirSync(kit, { recursive: true, encoding: 'utf8' })
    .filter(file => /\.(?:ts|mts|mjs|vue)$/.test(file) && file !== 'labels.ts' && !file.startsWith('starter/') && !file.includes('node_modules'))
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
