import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { SlowFilesFirst } from './test/support/slowFilesFirst.ts'

// Browser tests (test/e2e) run under Playwright against the built deck, not here.
export default defineConfig({
  plugins: [vue()],
  test: {
    // Vitest's default leaves one core of two idle; most files here wait on a child build or Chromium.
    maxWorkers: 2,
    globalSetup: ['test/support/buildLessonTwoOnce.ts'],
    sequence: { sequencer: SlowFilesFirst },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        // Builds a copy of the deck with an edited data file and reads the fonts it ships.
        extends: true,
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 300_000 },
      },
      {
        // A real classroom server on 127.0.0.1 (in this process, or a child to kill -9) with real ws clients.
        extends: true,
        // After the deck builds (a group of its own, a few seconds): its timing limits (a 300-ms
        // header timeout) are tested on a machine not starved by two builds at once. Once it ran
        // beside them, one in three full runs saw a slow socket outlive the test's 30 s.
        test: { name: 'classroom', include: ['test/classroom/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 30_000, sequence: { groupOrder: 1 } },
      },
      {
        // Other lessons than lesson 2 (the fixture, lesson 3, the new-lesson starter): present, walk
        // in Chromium, export. A file a lesson: on two cores one lesson builds while another is walked.
        extends: true,
        test: { name: 'lessons', include: ['test/lessons/**/*.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 600_000 },
      },
      {
        // Runs the real `npm run export` (the deck's print build + Chromium) and reads the PDFs with poppler.
        extends: true,
        // They print lesson 2 from the site built once before the suite (test/support/buildLessonTwoOnce.ts).
        test: { name: 'export', include: ['test/export/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 240_000 },
      },
    ],
  },
})
