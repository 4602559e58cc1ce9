import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { getPort } from 'get-port-please'
import { CHROMIUM_ARGS } from './tools/browser/chromiumArgs'
import { findBrowser } from './tools/browser/findBrowser'

// Workers re-read this file; the port chosen first is handed on through the environment.
process.env.DECK_PORT ??= String(await getPort({ host: '127.0.0.1', random: true }))
process.env.DEV_PORT ??= String(await getPort({ host: '127.0.0.1', random: true }))
const baseURL = `http://127.0.0.1:${process.env.DECK_PORT}`
/** `npm run dev`, the instructor's everyday way to present: test/e2e/dev.spec.ts checks it too. */
export const devURL = `http://localhost:${process.env.DEV_PORT}`

export default defineConfig({
  testDir: 'test/e2e',
  // A file at a time per worker; two workers on two cores: one waits on a build or the network
  // while the other walks a deck.
  fullyParallel: false,
  workers: 2,
  projects: [
    // First in the list, so that the workers start on these builds; the projector's tests fill the gaps.
    { name: 'public sites', testMatch: 'publicSites.setup.ts' },
    // The projector's deck (dist/, the webServer below), read only: every spec not named below.
    { name: 'projector', testIgnore: ['classroom.spec.ts', 'phone.spec.ts', 'dev.spec.ts', '*.setup.ts'] },
    { name: 'classroom', testMatch: ['classroom.spec.ts', 'phone.spec.ts'], dependencies: ['public sites'] },
    // Edits lesson 2's data files in place: after every test that builds or reads them.
    { name: 'dev', testMatch: 'dev.spec.ts', dependencies: ['projector', 'classroom'] },
  ],
  retries: 0,
  timeout: 120_000,
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: findBrowser(),
      // The tools' own flags (tools/browser): without them Chromium calls home at start-up.
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: [
    {
      command: `npm run build --silent && npx tsx scripts/serve-dist.ts --port ${process.env.DECK_PORT}`,
      url: baseURL,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx slidev --port ${process.env.DEV_PORT}`,
      url: devURL,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
