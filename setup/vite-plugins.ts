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
import { vendorMermaid } from '../kit/vite/mermaid/vendorMermaidPlugin'
import { slideChecks } from '../kit/vite/slideChecksPlugin'

export default defineVitePluginsSetup(({ userRoot, utils }) => [
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
])
