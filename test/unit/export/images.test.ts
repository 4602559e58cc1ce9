import { describe, expect, it } from 'vitest'
import { heavyImages, IMAGE_BUDGET_BYTES, missingAltText } from '../../../tools/export/images'

describe('image checks', () => {
  const images = [
    { slide: 2, src: '/pod.png', alt: '一个 Pod', bytes: 600 },
    { slide: 4, src: '/node.png', alt: '', bytes: IMAGE_BUDGET_BYTES + 1 },
    { slide: 5, src: '/x.svg', alt: null, bytes: 10 },
  ]

  it('refuses images without alt text, naming each slide and file', () => {
    const error = missingAltText(images, ['封面', '代码', '表格', '节点', '图片'])
    expect(error).toContain('slide 4 (节点): /node.png')
    expect(error).toContain('slide 5 (图片): /x.svg')
    expect(error).not.toContain('slide 2')
    expect(missingAltText(images.slice(0, 1), [])).toBeUndefined()
  })

  it('warns about an image above the budget only', () => {
    expect(heavyImages(images)).toEqual([expect.stringMatching(/^slide 4: \/node\.png is \d+ KB, above the 300 KB budget/)])
  })
})
