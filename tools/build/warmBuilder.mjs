// @ts-check
/**
 * Preloaded by `npm run build` (`node --import`) before tsx: starts the build's child process at
 * once, so Slidev and Vite load in it while this process loads tsx and decides what to build.
 * tools/build/slidevBuild.ts hands it the request; when nothing does, it ends with this process.
 */
import { startWarmBuilder } from './builderProcess.mjs'

startWarmBuilder()
