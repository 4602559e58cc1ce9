import { describe, expect, it } from 'vitest'
import { ASCII_CHARACTERS, BASE_CHARACTERS, charactersOf, nonAscii, stringsIn } from '../../../kit/vite/fonts/charset'
import { fontFaceCss } from '../../../kit/vite/fonts/fontFaceCss'
import { sliceByFirstUse, unicodeRange } from '../../../kit/vite/fonts/slices'

describe('stringsIn', () => {
  it('collects every string and number of nested content, in order', () => {
    expect(stringsIn({ a: '课时', b: [2, { c: '集群' }], d: true, e: null })).toEqual(['课时', '2', '集群'])
  })
})

describe('charactersOf', () => {
  it('keeps each drawn character once, in order, without line breaks or tabs', () => {
    expect(charactersOf('容器\n容器\t集群 A')).toEqual(['容', '器', '集', '群', ' ', 'A'])
  })

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(charactersOf('𠀀a')).toEqual(['𠀀', 'a'])
  })
})

describe('nonAscii', () => {
  it('drops code and keeps the Chinese of a source file', () => {
    expect(nonAscii('<p class="x">思考</p>')).toBe('思考')
  })
})

describe('the base characters', () => {
  it('include printable ASCII for Slidev\'s interface and the Chinese punctuation', () => {
    expect(ASCII_CHARACTERS).toHaveLength(95)
    for (const char of '，。：；！？、（）《》「」“”—…·')
      expect(BASE_CHARACTERS + ASCII_CHARACTERS, char).toContain(char)
  })
})

describe('sliceByFirstUse', () => {
  it('puts each character in the first group that uses it and drops empty slices', () => {
    expect(sliceByFirstUse(['容器 ab', '容器集群', 'ba', '集群调度'])).toEqual([' ab器容', '群集', '度调'])
  })

  it('loses no character of any group', () => {
    const groups = ['为什么需要容器集群', '单个容器行不行？', 'Kubernetes 2015年']
    const slices = sliceByFirstUse(groups)
    expect(new Set(slices.join(''))).toEqual(new Set(groups.join('')))
    expect(slices.join('')).toHaveLength(new Set(groups.join('')).size)
  })
})

describe('unicodeRange', () => {
  it('lists single code points and merges consecutive ones', () => {
    expect(unicodeRange('cab 一丁')).toBe('U+20,U+61-63,U+4E00-4E01')
  })

  it('writes supplementary-plane code points in full', () => {
    expect(unicodeRange('𠀀')).toBe('U+20000')
  })
})

describe('fontFaceCss', () => {
  it('writes one woff2-only rule per file, limited to its characters', () => {
    const css = fontFaceCss([
      { family: 'Noto Sans SC', weight: 400, url: './a.woff2', characters: '容器' },
      { family: 'Noto Sans SC', weight: 700, url: './b.woff2', characters: '集' },
    ])
    expect(css.match(/@font-face/g)).toHaveLength(2)
    expect(css).toContain('src: url("./a.woff2") format("woff2");')
    expect(css).toContain('font-weight: 700;')
    expect(css).toContain(`unicode-range: ${unicodeRange('容器')};`)
    expect(css).not.toMatch(/\.woff"|\.ttf/)
  })
})
