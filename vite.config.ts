import { defineConfig } from 'vite'

// The kit brings its own config and plugins (kit/vite.config.ts, kit/setup/vite-plugins.ts);
// builds are stamped with their inputs by tools/build/buildCache.ts, not by a plugin.
export default defineConfig({})
