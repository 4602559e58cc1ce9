import type { BrowserLookup } from '../../../tools/browser/findBrowser'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, findBrowser, resolveBrowser } from '../../../tools/browser/findBrowser'

function lookup(files: string[], env: Record<string, string> = {}, dirs: Record<string, string[]> = {}, platform: NodeJS.Platform = 'linux', home = '/home/t'): BrowserLookup {
  return { env, exists: path => files.includes(path), list: dir => dirs[dir] ?? [], home, platform }
}

/** The message of the error resolveBrowser throws for this lookup. */
function notFoundMessage(from: BrowserLookup): string {
  try {
    resolveBrowser(from)
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError)
      return error.message
    throw error
  }
  throw new Error('a browser was found')
}

/** Finding no browser in `from`, the message says each of `says` and none of `never`. */
function expectNotFoundAdvice(from: BrowserLookup, says: readonly string[], never: readonly string[] = []): void {
  const message = notFoundMessage(from)
  for (const text of says)
    expect(message).toContain(text)
  for (const text of never)
    expect(message).not.toContain(text)
}

describe('resolveBrowser on Linux', () => {
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

  it('explains how to get a browser when there is none, and where it looked', () => {
    expectNotFoundAdvice(lookup([]), ['CHROMIUM_PATH', 'apt-get install chromium', 'npx playwright install chromium', '\n  /usr/bin/chromium\n', '\n  /home/t/.cache/ms-playwright'])
  })
})

/** A Windows 11 user's environment as `set` shows it in cmd.exe (names in their usual case). */
const WINDOWS_ENV = {
  'ProgramFiles': 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  'LOCALAPPDATA': 'C:\\Users\\李雷\\AppData\\Local',
  'USERPROFILE': 'C:\\Users\\李雷',
}
function windows(files: string[], env: Record<string, string> = WINDOWS_ENV, dirs: Record<string, string[]> = {}): BrowserLookup {
  return lookup(files, env, dirs, 'win32', 'C:\\Users\\李雷')
}

describe('resolveBrowser on Windows', () => {
  it('finds the Edge every Windows 10 and 11 has, under Program Files (x86)', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(resolveBrowser(windows([edge]))).toBe(edge)
  })

  it('prefers Chrome, installed for all users or only for this one', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const machineChrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    const userChrome = 'C:\\Users\\李雷\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(resolveBrowser(windows([edge, machineChrome]))).toBe(machineChrome)
    expect(resolveBrowser(windows([edge, userChrome]))).toBe(userChrome)
  })

  it('reads the environment without regard to case, as Windows does', () => {
    const env = { PROGRAMFILES: 'D:\\Apps', localappdata: 'D:\\Local' }
    expect(resolveBrowser(windows(['D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe'], env))).toBe('D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe')
    expect(resolveBrowser(windows(['C:\\pw\\chrome.exe'], { chromium_path: 'C:\\pw\\chrome.exe' }))).toBe('C:\\pw\\chrome.exe')
  })

  it('falls back to Playwright\'s cache in %LOCALAPPDATA%', () => {
    const root = 'C:\\Users\\李雷\\AppData\\Local\\ms-playwright'
    const chrome = `${root}\\chromium-1200\\chrome-win64\\chrome.exe`
    expect(resolveBrowser(windows([chrome], WINDOWS_ENV, { [root]: ['chromium-1200', 'ffmpeg-1011'] }))).toBe(chrome)
  })

  it('says where it looked and that Edge comes with Windows', () => {
    expectNotFoundAdvice(windows([]), [
      'Microsoft Edge comes with Windows',
      '\n  C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\n',
      '\n  C:\\Users\\李雷\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe\n',
      '\n  C:\\Users\\李雷\\AppData\\Local\\ms-playwright',
    ], ['apt-get', '/'])
  })
})

const mac = (files: string[], dirs: Record<string, string[]> = {}): BrowserLookup => lookup(files, {}, dirs, 'darwin', '/Users/lilei')

describe('resolveBrowser on macOS', () => {
  it('finds Chrome, Edge or Chromium in /Applications', () => {
    expect(resolveBrowser(mac(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']))).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')
    expect(resolveBrowser(mac(['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
  })

  it('finds an app the user put in ~/Applications', () => {
    expect(resolveBrowser(mac(['/Users/lilei/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toBe('/Users/lilei/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
  })

  it('falls back to Playwright\'s cache in ~/Library/Caches', () => {
    const root = '/Users/lilei/Library/Caches/ms-playwright'
    const chrome = `${root}/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`
    expect(resolveBrowser(mac([chrome], { [root]: ['chromium-1200'] }))).toBe(chrome)
  })

  it('tells a Mac user what to install, not apt-get', () => {
    expectNotFoundAdvice(mac([]), ['install Google Chrome, Microsoft Edge or Chromium into /Applications'], ['apt-get'])
  })
})

describe('findBrowser', () => {
  it('checks the real file system', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/definitely/not/here' })).toThrow(BrowserNotFoundError)
  })
})
