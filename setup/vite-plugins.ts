/**
 * The kit's Vite plugins, for whichever lesson Slidev was started on: Slidev calls this with its
 * resolved options, so the lesson's folder is the entry's folder and no lesson needs a config.
 */
import { join } from 'node:path'
import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { audienceFromEnv } from '../kit/lesson/audience'
import { addonRoot, lessonModulePath } from '../kit/lesson/paths'
import { courseAssets } from '../kit/vite/courseAssetsPlugin'
import { deckFonts } from '../kit/vite/fonts/deckFontsPlugin'
import { NOTO_SANS_SC } from '../kit/vite/fonts/notoSansSc'
import { lessonModule } from '../kit/vite/lessonModulePlugin'
import { literalImportGlob } from '../kit/vite/literalImportGlob'
import { vendorMermaid } from '../kit/vite/mermaid/vendorMermaidPlugin'
import { reuseDir } from '../kit/vite/reuseFiles'
import { slideChecks } from '../kit/vite/slideChecksPlugin'
import { unocssUnmatched } from '../kit/vite/unocssUnmatched'
import { vueCompileCache } from '../kit/vite/vueCompileCache'

/**
 * A root's files that configure UnoCSS, the Vue plugin or how TypeScript is compiled, present or
 * not (a new one changes the fingerprint too).
 */
function configFilesOf(root: string): string[] {
  const stems = ['vite.config', 'uno.config', 'unocss.config', 'setup/unocss']
  return [...stems.flatMap(stem => ['ts', 'mts', 'js', 'mjs'].map(ext => join(root, `${stem}.${ext}`))), join(root, 'tsconfig.json')]
}

export default defineVitePluginsSetup(({ userRoot, utils, roots }) => {
  // What a build compiled that the next one can reuse (kit/vite/reuseFiles.ts): valid while the
  // packages (the lock file) and the roots' own configs are as they were.
  const reuse = {
    dir: reuseDir(addonRoot),
    fingerprintFiles: [join(addonRoot, 'package-lock.json'), ...roots.flatMap(configFilesOf)],
  }
  return [
    // Mermaid's pre-built ES modules, every diagram type, shipped as files rather than bundled.
    vendorMermaid(),
    // $lesson for the browser: validated in Node, shipped as JSON (no schema library in the bundle).
    lessonModule({ lessonRoot: userRoot, audience: audienceFromEnv(process.env) }),
    // What a course's lessons share (course/avatars/…), at /course/ in every lesson.
    courseAssets({ dir: join(addonRoot, 'course') }),
    // An unknown component tag, a $lesson path the lesson lacks or anything loaded from the internet
    // fails the build, naming slide, file and tag, path or address.
    slideChecks({ roots: [...new Set([userRoot, addonRoot])], lessonModule: lessonModulePath(userRoot), indexHtml: utils.indexHtml }),
    // Noto Sans SC cut down to the deck's characters: virtual:deck-fonts.css (styles/index.ts).
    deckFonts({
      addonRoot,
      lessonRoot: userRoot,
      lessonModule: lessonModulePath(userRoot),
      font: NOTO_SANS_SC,
      cacheDir: join(addonRoot, 'node_modules', '.cache', 'deck-fonts'),
    }),
    // UnoCSS's candidates that matched nothing, and Vue's compiled components.
    unocssUnmatched(reuse),
    vueCompileCache(reuse),
    // Slidev's globs of named files (setup/main.ts, global-top.vue, …) without a walk of the whole project.
    literalImportGlob(),
  ]
})
