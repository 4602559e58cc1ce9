/**
 * What `npm test` needs from the machine besides Node (a Chromium-family browser; poppler's
 * pdfinfo/pdftotext/pdffonts/pdftoppm for the PDF checks) and what to do when it is missing, per
 * system: Debian as root installs them, elsewhere the user is told exactly what to install. Pure:
 * scripts/check-system.ts gathers the facts and carries out the plan.
 */

/** What scripts/check-system.ts found on this machine. */
export interface SystemFacts {
  platform: NodeJS.Platform
  /**
   * The browser's path, or why none was found (BrowserNotFoundError's message) and whether
   * CHROMIUM_PATH named it (then installing another would not help).
   */
  browser: { path: string } | { missing: string, named: boolean }
  /** Whether poppler's pdfinfo runs. */
  poppler: boolean
  /** Root on a system with apt-get: the packages can be installed here and now. */
  canApt: boolean
}

export interface SystemPlan {
  /** Debian packages to install with apt-get (empty unless `canApt`). */
  install: string[]
  /** What stops the tests, with what to do about it; empty when the tests can run. */
  problems: string[]
  /** Printed but not fatal: checks that will be skipped on this system, and why. */
  notices: string[]
}

/** How the PDF checks that read files with poppler's tools run on this machine. */
export type PdfCheckMode
  = | { mode: 'run' }
    | { mode: 'skip', notice: string }
    | { mode: 'missing', problem: string }

const POPPLER_INSTALL: Partial<Record<NodeJS.Platform, string>> = {
  darwin: '`brew install poppler`',
  win32: 'poppler for Windows (for example `scoop install poppler`) with its bin folder on PATH',
}

/**
 * Linux is where the project is tested, so poppler is required there; on macOS and Windows the
 * PDF checks that need it are skipped, saying so, and every other check still runs.
 */
export function pdfCheckMode(platform: NodeJS.Platform, poppler: boolean): PdfCheckMode {
  if (poppler)
    return { mode: 'run' }
  if (platform === 'linux')
    return { mode: 'missing', problem: 'poppler-utils is not installed (the PDF checks read the exported PDFs with pdfinfo, pdftotext and pdffonts). Install it: `sudo apt-get install -y poppler-utils` (Debian, Ubuntu) or `sudo dnf install poppler-utils` (Fedora).' }
  const how = POPPLER_INSTALL[platform] ?? 'poppler\'s command-line tools'
  return { mode: 'skip', notice: `SKIPPED: the PDF checks that read pages with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) do not run on this machine: poppler is not installed. Install ${how} to run them.` }
}

/** What to install or report, given what is on this machine. */
export function planSystemCheck(facts: SystemFacts): SystemPlan {
  const install: string[] = []
  const problems: string[] = []
  const notices: string[] = []
  if ('missing' in facts.browser) {
    if (facts.canApt && !facts.browser.named)
      install.push('chromium')
    else
      problems.push(facts.browser.missing)
  }
  const pdf = pdfCheckMode(facts.platform, facts.poppler)
  if (pdf.mode === 'missing') {
    if (facts.canApt)
      install.push('poppler-utils')
    else
      problems.push(pdf.problem)
  }
  else if (pdf.mode === 'skip') {
    notices.push(pdf.notice)
  }
  return { install, problems, notices }
}
