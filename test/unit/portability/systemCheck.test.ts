import type { SystemFacts } from '../../../tools/system/systemCheck'
import { describe, expect, it } from 'vitest'
import { pdfCheckMode, planSystemCheck } from '../../../tools/system/systemCheck'

const found = { path: '/usr/bin/chromium' }
const noBrowser = { missing: 'No Chromium, Chrome or Edge was found. Install one…', named: false }

function facts(over: Partial<SystemFacts>): SystemFacts {
  return { platform: 'linux', browser: found, poppler: true, canApt: false, ...over }
}

describe('pdfCheckMode', () => {
  it('runs the PDF checks wherever poppler is', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(pdfCheckMode(platform, true)).toEqual({ mode: 'run' })
  })

  it('on Linux, where the project is tested, a missing poppler is an error, never a skip', () => {
    const mode = pdfCheckMode('linux', false)
    expect(mode.mode).toBe('missing')
    expect(mode.mode === 'missing' && mode.problem).toContain('apt-get install -y poppler-utils')
  })

  it('on macOS and Windows skips them, saying so and how to run them', () => {
    const mac = pdfCheckMode('darwin', false)
    expect(mac.mode === 'skip' && mac.notice).toMatch(/^SKIPPED: .*brew install poppler/)
    const windows = pdfCheckMode('win32', false)
    expect(windows.mode === 'skip' && windows.notice).toMatch(/^SKIPPED: .*scoop install poppler/)
  })
})

describe('planSystemCheck', () => {
  it('has nothing to do on a ready machine', () => {
    expect(planSystemCheck(facts({}))).toEqual({ install: [], problems: [], notices: [] })
  })

  it('installs Chromium and poppler-utils with apt-get as root on Debian', () => {
    expect(planSystemCheck(facts({ browser: noBrowser, poppler: false, canApt: true }))).toEqual({ install: ['chromium', 'poppler-utils'], problems: [], notices: [] })
  })

  it('asks for them on Linux without root or apt-get', () => {
    const plan = planSystemCheck(facts({ browser: noBrowser, poppler: false }))
    expect(plan.install).toEqual([])
    expect(plan.problems).toEqual([noBrowser.missing, expect.stringContaining('poppler-utils')])
  })

  it('does not install a browser when CHROMIUM_PATH names one that is not there', () => {
    const named = { missing: 'CHROMIUM_PATH is set to /x, but no file is there.', named: true }
    expect(planSystemCheck(facts({ browser: named, canApt: true }))).toEqual({ install: [], problems: [named.missing], notices: [] })
  })

  it('on Windows, asks for a browser and only notes the skipped PDF checks', () => {
    const plan = planSystemCheck(facts({ platform: 'win32', browser: noBrowser, poppler: false }))
    expect(plan).toEqual({ install: [], problems: [noBrowser.missing], notices: [expect.stringMatching(/^SKIPPED: /)] })
  })

  it('on macOS with a browser, runs with a notice about poppler', () => {
    expect(planSystemCheck(facts({ platform: 'darwin', poppler: false }))).toEqual({ install: [], problems: [], notices: [expect.stringContaining('brew install poppler')] })
  })
})
