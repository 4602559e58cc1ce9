import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSlideImages, PHONE_IMAGE_BUDGET_BYTES } from '../../../tools/classroom/phoneSnapshots'

const site = mkdtempSync(join(tmpdir(), 'phone-images-'))
mkdirSync(join(site, 'img'))
writeFileSync(join(site, 'img/small.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
writeFileSync(join(site, 'img/big.png'), Buffer.alloc(PHONE_IMAGE_BUDGET_BYTES + 1))

afterAll(() => rmSync(site, { recursive: true, force: true }))

describe('a slide\'s images on a phone', () => {
  it('passes images with alt text within the budget', () => {
    expect(() => checkSlideImages(site, 3, '节点', [{ src: '/img/small.svg', alt: '集群' }])).not.toThrow()
  })

  it('stops on an image without alt text, naming the slide and the image', () => {
    expect(() => checkSlideImages(site, 3, '节点', [{ src: '/img/small.svg', alt: ' ' }])).toThrow('slide 3 (节点): the image /img/small.svg has no alt text')
  })

  it('stops on images over the budget, naming the slide and the images', () => {
    expect(() => checkSlideImages(site, 5, '架构', [{ src: '/img/big.png', alt: '架构图' }])).toThrow(/^slide 5 \(架构\): its images weigh 151 KB \(\/img\/big\.png\), over the phone's 150 KB a slide$/)
  })
})
