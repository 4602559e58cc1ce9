import { compileTemplate } from '@vue/compiler-sfc'
import { describe, expect, it } from 'vitest'
import { remotePageProblem, remotePageResources, remoteSources, unresolvedComponents } from '../../../kit/vite/slideChecks'

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

describe('remotePageResources: what the deck\'s page would load from the internet', () => {
  it('names Slidev\'s Google web fonts with the headmatter fix, and any other stylesheet or script by address', () => {
    const html = `<head><link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
      <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=DejaVu+Sans+Mono&display=swap">
      <script src="https://cdn.example.com/x.js"></script><link rel="icon" href="/favicon.svg">
      <link rel="preload" as="image" href="https://example.com/k8s.png"></head>
      <body><a href="https://kubernetes.io">文档</a></body>`
    const remote = remotePageResources(html)
    expect(remote).toEqual(['https://fonts.gstatic.com', 'https://fonts.googleapis.com/css2?family=DejaVu+Sans+Mono&display=swap', 'https://cdn.example.com/x.js'])
    expect(remotePageProblem(remote[1]!)).toContain('set `provider: none` under `fonts:` in the headmatter')
    expect(remotePageProblem(remote[2]!)).toContain('serve the file from the lesson\'s public/')
  })

  it('leaves Slidev\'s preload of a slide\'s image to the slide\'s own check, which names the slide', () => {
    expect(remotePageResources('<link rel="preload" as="image" href="https://example.com/k8s.png">')).toEqual([])
  })
})
