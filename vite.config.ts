import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { buildStamp } from './tools/present/buildStampPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

// The kit brings its own config and plugins (kit/vite.config.ts, kit/setup/vite-plugins.ts).
export default defineConfig({
  // Records what each build was made from, for `npm run present`.
  plugins: [buildStamp({ root })],
})
