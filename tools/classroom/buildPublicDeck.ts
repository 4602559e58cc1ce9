import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'
import { LESSON_AUDIENCE_ENV } from '../../kit/vite/lessonModulePlugin.ts'

/**
 * Builds the projector's deck for classroom mode into `outDir`: Slidev's production build with
 * `--without-notes` (no note HTML) and the public lesson (no plan talking points or class
 * questions, no live-question answers: lib/lesson/publicLesson.ts). Rejects with Slidev's
 * output when the build fails.
 */
export function buildPublicDeck(root: string, outDir: string): Promise<void> {
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [slidev, 'build', '--without-notes', '--out', outDir], {
      cwd: root,
      env: { ...process.env, [LESSON_AUDIENCE_ENV]: 'public' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve() : reject(new Error(`the public deck build failed (exit ${code}):\n${errors.trim()}`)))
  })
}
