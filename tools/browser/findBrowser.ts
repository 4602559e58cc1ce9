import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

/** Thrown when no Chromium or Chrome can be found; its message is meant to be shown as is. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
  constructor(detail: string) {
    super(`${detail} Set CHROMIUM_PATH to a Chromium or Chrome executable, or install one: \`apt-get install chromium\` (Debian) or \`npx playwright install chromium\`.`)
  }
}

/** What the resolution needs from the outside world, so tests can hand in a fake one. */
export interface BrowserLookup {
  /** Environment variables; only CHROMIUM_PATH, PLAYWRIGHT_BROWSERS_PATH and HOME are read. */
  env: Record<string, string | undefined>
  /** Whether a file exists at this path. */
  exists: (path: string) => boolean
  /** Entries of a folder, or an empty list when it cannot be read. */
  list: (dir: string) => string[]
  /** The user's home folder, where Playwright keeps its browsers by default. */
  home: string
}

/** Usual places of a system Chromium or Chrome on Linux and macOS, most likely first. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

// Executables inside a Playwright `chromium-<revision>` folder, per platform build.
const PLAYWRIGHT_EXECUTABLES = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
]

function playwrightCandidates(lookup: BrowserLookup): string[] {
  const roots = lookup.env.PLAYWRIGHT_BROWSERS_PATH
    ? [lookup.env.PLAYWRIGHT_BROWSERS_PATH]
    : [join(lookup.home, '.cache', 'ms-playwright'), join(lookup.home, 'Library', 'Caches', 'ms-playwright')]
  return roots.flatMap(root => lookup.list(root)
    .filter(name => /^chromium-\d+$/.test(name))
    // Newest revision first: revisions are numbers, so compare them as numbers.
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
    .flatMap(dir => PLAYWRIGHT_EXECUTABLES.map(exe => join(root, dir, exe))))
}

/** Resolves the browser without touching the real machine: CHROMIUM_PATH, system paths, Playwright's cache. */
export function resolveBrowser(lookup: BrowserLookup): string {
  const explicit = lookup.env.CHROMIUM_PATH
  if (explicit) {
    if (lookup.exists(explicit))
      return explicit
    throw new BrowserNotFoundError(`CHROMIUM_PATH is set to ${explicit}, but no file is there.`)
  }
  const found = [...SYSTEM_BROWSER_PATHS, ...playwrightCandidates(lookup)].find(path => lookup.exists(path))
  if (!found)
    throw new BrowserNotFoundError('No Chromium or Chrome was found.')
  return found
}

/** Path of the Chromium to drive; throws BrowserNotFoundError with a message fit for the user. */
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
  })
}
