import { compileTemplate } from '@vue/compiler-sfc'
import { describe, expect, it } from 'vitest'
import { remoteSources, unresolvedComponents } from '../../../kit/vite/slideChecks'

/** A slide's template as Vue's compiler leaves it for the checks. */
const compiled = (source: string): string => compileTemplate({ source, id: 'slide', filename: 'slide.md' }).code

describe('remoteSources: what a slide would load from the internet', () => {
  it('names an image, a video poster and a frame given by address, once each, and a protocol-relative one', () => {
    const code = compiled(`
      <img src="https://example.com/k8s.png" alt="架构">
      <img src="https://example.com/k8s.png" alt="again">
      <video src="/clip.mp4" poster="http://example.com/poster.jpg" />
      <iframe src="//example.com/embed" />`)
    expect(remoteSources(code)).toEqual(['https://example.com/k8s.png', 'http://example.com/poster.jpg', '//example.com/embed'])
  })

  it('lets the lesson\'s own files and links to elsewhere pass', () => {
    const code = compiled(`<img src="/pod.png" alt="Pod"><a href="https://kubernetes.io/docs/">文档</a><p>https://kubernetes.io</p>`)
    expect(remoteSources(code)).toEqual([])
    expect(unresolvedComponents(code)).toEqual([])
  })
})
