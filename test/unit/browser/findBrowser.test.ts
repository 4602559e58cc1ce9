import type { BrowserLookup } from '../../../tools/browser/findBrowser'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, findBrowser, resolveBrowser } from '../../../tools/browser/findBrowser'

function lookup(files: string[], env: Record<string, string> = {}, dirs: Record<string, string[]> = {}): BrowserLookup {
  return { env, exists: path => files.includes(path), list: dir => dirs[dir] ?? [], home: '/home/t' }
}

describe('resolveBrowser', () => {
  it('prefers CHROMIUM_PATH over everything else', () => {
    expect(resolveBrowser(lookup(['/x/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/x/chrome' }))).toBe('/x/chrome')
  })

  it('names CHROMIUM_PATH when it points at nothing, instead of silently using another browser', () => {
    expect(() => resolveBrowser(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' }))).toThrow(/CHROMIUM_PATH is set to \/nope/)
  })

  it('uses a system Chromium, then Chrome', () => {
    expect(resolveBrowser(lookup(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toBe('/usr/bin/chromium')
    expect(resolveBrowser(lookup(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
  })

  it('falls back to the newest Playwright-installed Chromium', () => {
    const root = '/home/t/.cache/ms-playwright'
    const found = resolveBrowser(lookup(
      [`${root}/chromium-999/chrome-linux/chrome`, `${root}/chromium-1200/chrome-linux64/chrome`],
      {},
      { [root]: ['chromium-999', 'chromium-1200', 'firefox-1'] },
    ))
    expect(found).toBe(`${root}/chromium-1200/chrome-linux64/chrome`)
  })

  it('honours PLAYWRIGHT_BROWSERS_PATH', () => {
    const found = resolveBrowser(lookup(['/pw/chromium-1/chrome-linux/chrome'], { PLAYWRIGHT_BROWSERS_PATH: '/pw' }, { '/pw': ['chromium-1'] }))
    expect(found).toBe('/pw/chromium-1/chrome-linux/chrome')
  })

  it('explains how to get a browser when there is none', () => {
    let error: unknown
    try {
      resolveBrowser(lookup([]))
    }
    catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    const message = (error as Error).message
    expect(message).toContain('CHROMIUM_PATH')
    expect(message).toContain('apt-get install chromium')
    expect(message).toContain('npx playwright install chromium')
    expect(message).not.toContain('\n')
  })
})

describe('findBrowser', () => {
  it('checks the real file system', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/definitely/not/here' })).toThrow(BrowserNotFoundError)
  })
})
