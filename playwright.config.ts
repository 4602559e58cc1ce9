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
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: process.env.CI ? [['list']] : [['list']],
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
