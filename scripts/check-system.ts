/**
 * `npm test`'s pretest: makes sure this machine has what the tests need besides Node (a
 * Chromium-family browser; poppler for the PDF checks). Debian as root installs what is missing
 * with apt-get; elsewhere it says exactly what to install. On macOS and Windows a missing poppler
 * only skips the PDF checks that need it, which it says.
 * Exit codes: 0 ready, 1 something to install first.
 */
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser } from '../tools/browser/findBrowser'
import { hasPoppler } from '../tools/system/poppler'
import { planSystemCheck } from '../tools/system/systemCheck'

function browser(): { path: string } | { missing: string, named: boolean } {
  try {
    return { path: findBrowser() }
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError)
      return { missing: error.message, named: Boolean(process.env.CHROMIUM_PATH) }
    throw error
  }
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0
}

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && succeeds('apt-get', ['--version'])
const plan = planSystemCheck({ platform: process.platform, browser: browser(), poppler: hasPoppler(), canApt })

for (const notice of plan.notices)
  console.warn(notice)
if (plan.problems.length > 0) {
  console.error(`Before the tests can run:\n${plan.problems.map(problem => `- ${problem.replaceAll('\n', '\n  ')}`).join('\n')}`)
  process.exit(1)
}
if (plan.install.length > 0) {
  console.log(`Installing ${plan.install.join(' ')} from Debian's packages…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...plan.install]]) {
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0) {
      console.error(`apt-get ${args[0]} failed; install ${plan.install.join(' ')} yourself and run the tests again.`)
      process.exit(1)
    }
  }
}
