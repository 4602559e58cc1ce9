import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'
import process from 'node:process'

/** What to install when no browser is found, per system. */
const INSTALL_HINTS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'install one: `sudo apt-get install chromium` (Debian), `sudo snap install chromium` (Ubuntu), or Google Chrome',
  darwin: 'install Google Chrome, Microsoft Edge or Chromium into /Applications',
  win32: 'Microsoft Edge comes with Windows 10 and 11 (repair or reinstall it), or install Google Chrome',
}

/** Thrown when no Chromium-family browser can be found; its message is meant to be shown as is. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
  /** `searched`: the places looked at, listed under the advice. */
  constructor(detail: string, platform: NodeJS.Platform = process.platform, searched: readonly string[] = []) {
    const places = searched.length > 0 ? `\nSearched:\n${searched.map(place => `  ${place}`).join('\n')}` : ''
    super(`${detail} Set CHROMIUM_PATH to a Chromium, Chrome or Edge executable, or ${INSTALL_HINTS[platform] ?? 'install Chromium or Google Chrome'}, or run \`npx playwright install chromium\`.${places}`)
  }
}

/** What the resolution needs from the outside world, so tests can hand in a recorded one. */
export interface BrowserLookup {
  /**
   * Environment variables; read: CHROMIUM_PATH, PLAYWRIGHT_BROWSERS_PATH, XDG_CACHE_HOME and, on
   * Windows (where their case does not matter), ProgramFiles, ProgramFiles(x86), LOCALAPPDATA.
   */
  env: Record<string, string | undefined>
  /** Whether a file exists at this path. */
  exists: (path: string) => boolean
  /** Entries of a folder, or an empty list when it cannot be read. */
  list: (dir: string) => string[]
  /** The user's home folder. */
  home: string
  /** The system whose places are searched; paths are built with its separator. */
  platform: NodeJS.Platform
}

/** Usual places of a system Chromium or Chrome on Linux, most likely first. */
const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/opt/microsoft/msedge/msedge',
]

/** macOS application bundles, in /Applications or the user's own ~/Applications. */
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Chromium.app/Contents/MacOS/Chromium',
]

/** Windows installs, under Program Files, Program Files (x86) or the user's %LOCALAPPDATA%. */
const WINDOWS_APPS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
]

// Executables inside a Playwright `chromium-<revision>` folder, per platform build, old and new.
const PLAYWRIGHT_EXECUTABLES: Partial<Record<NodeJS.Platform, string[][]>> = {
  linux: [['chrome-linux64', 'chrome'], ['chrome-linux', 'chrome'], ['chrome-linux-arm64', 'chrome']],
  darwin: [
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  win32: [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe']],
}

/** An environment variable; on Windows its name is matched without regard to case, as Windows does. */
function envVar(lookup: BrowserLookup, name: string): string | undefined {
  if (lookup.platform !== 'win32')
    return lookup.env[name] || undefined
  const key = Object.keys(lookup.env).find(k => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : lookup.env[key] || undefined
}

/** Where Playwright keeps its browsers on this system (`npx playwright install chromium`). */
export function playwrightCacheRoot(lookup: BrowserLookup): string {
  const explicit = envVar(lookup, 'PLAYWRIGHT_BROWSERS_PATH')
  if (explicit)
    return explicit
  if (lookup.platform === 'win32')
    return win32.join(envVar(lookup, 'LOCALAPPDATA') ?? win32.join(lookup.home, 'AppData', 'Local'), 'ms-playwright')
  if (lookup.platform === 'darwin')
    return posix.join(lookup.home, 'Library', 'Caches', 'ms-playwright')
  return posix.join(envVar(lookup, 'XDG_CACHE_HOME') ?? posix.join(lookup.home, '.cache'), 'ms-playwright')
}

/** The system's usual install places, most likely first. */
export function systemBrowserPaths(lookup: BrowserLookup): string[] {
  if (lookup.platform === 'win32') {
    const roots = [envVar(lookup, 'ProgramFiles'), envVar(lookup, 'ProgramFiles(x86)'), envVar(lookup, 'LOCALAPPDATA')]
      .filter((root, index, all): root is string => root !== undefined && all.indexOf(root) === index)
    return WINDOWS_APPS.flatMap(app => roots.map(root => win32.join(root, ...app)))
  }
  if (lookup.platform === 'darwin')
    return ['/Applications', posix.join(lookup.home, 'Applications')].flatMap(root => MAC_APPS.map(app => posix.join(root, app)))
  return LINUX_PATHS
}

function playwrightCandidates(lookup: BrowserLookup): string[] {
  const path = lookup.platform === 'win32' ? win32 : posix
  const root = playwrightCacheRoot(lookup)
  return lookup.list(root)
    .filter(name => /^chromium-\d+$/.test(name))
    // Newest revision first: revisions are numbers, so compare them as numbers.
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
    .flatMap(dir => (PLAYWRIGHT_EXECUTABLES[lookup.platform] ?? PLAYWRIGHT_EXECUTABLES.linux!).map(exe => path.join(root, dir, ...exe)))
}

/** Resolves the browser without touching the real machine: CHROMIUM_PATH, system places, Playwright's cache. */
export function resolveBrowser(lookup: BrowserLookup): string {
  const explicit = envVar(lookup, 'CHROMIUM_PATH')
  if (explicit) {
    if (lookup.exists(explicit))
      return explicit
    throw new BrowserNotFoundError(`CHROMIUM_PATH is set to ${explicit}, but no file is there.`, lookup.platform)
  }
  const places = systemBrowserPaths(lookup)
  const found = [...places, ...playwrightCandidates(lookup)].find(path => lookup.exists(path))
  if (!found)
    throw new BrowserNotFoundError('No Chromium, Chrome or Edge was found.', lookup.platform, [...places, playwrightCacheRoot(lookup)])
  return found
}

/** Path of the Chromium-family browser to drive; throws BrowserNotFoundError with a message fit for the user. */
export function findBrowser(env: Record<string, string | undefined> = process.env): string {
  return resolveBrowser({
    env,
    exists: existsSync,
    list: (dir) => {
      try {
        return readdirSync(dir)
      }
      catch {
        return []
      }
    },
    home: env.HOME ?? homedir(),
    platform: process.platform,
  })
}
