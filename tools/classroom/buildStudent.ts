import type { Plugin } from 'vite'
import type { PhoneSlide, PhoneSlideOutline } from '../../kit/classroom/phoneDeck.ts'
import type { ClassroomLesson } from './buildPaths.ts'
import { join } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'
import { loadDeck } from '../../kit/deck/loadDeck.ts'
import { classroomLabels, phoneFirstScreenLabelGroups } from '../../kit/labels.ts'
import { lessonModulePath } from '../../kit/lesson/paths.ts'
import { deckFonts } from '../../kit/vite/fonts/deckFontsPlugin.ts'
import { labelGroupsText } from '../../kit/vite/fonts/labelText.ts'
import { NOTO_SANS_SC } from '../../kit/vite/fonts/notoSansSc.ts'
import { CLASSROOM_ASSETS_DIR, classroomLesson } from './buildPaths.ts'
import { snapshotPublicDeck } from './phoneSnapshots.ts'

export interface PhoneDeck {
  slides: PhoneSlide[]
  /** The deck's style rules that reach the slides. */
  css: string
}

/** The phone's view of every slide of the lesson's public deck, already built in `siteDir`. */
export async function phoneDeckOf(siteDir: string, { lessonRoot }: ClassroomLesson): Promise<PhoneDeck> {
  const titles = new Map((await loadDeck(lessonRoot)).map(slide => [slide.no, slide.title]))
  return snapshotPublicDeck(siteDir, titles)
}

const jsonModule = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

/** Each app's page title, from the kit's labels (kit/labels.ts), in place of %CLASSROOM_PAGE_TITLE%. */
function classroomPageTitles(): Plugin {
  return {
    name: 'classroom-page-titles',
    transformIndexHtml(html, context) {
      const title = context.path.startsWith('/remote/') ? classroomLabels.remotePageTitle : classroomLabels.studentPageTitle
      return html.replace('%CLASSROOM_PAGE_TITLE%', title)
    },
  }
}

const SLIDE_MODULE = 'virtual:classroom-phone-slide/'

function classroomModules({ slides, css }: PhoneDeck): Plugin {
  const outline: PhoneSlideOutline[] = slides.map(s => ({ no: s.no, title: s.title, clicks: s.states.length - 1 }))
  // One chunk a slide: a phone downloads the slide it shows, not the deck.
  const loaders = slides.map(s => `${s.no}: () => import('${SLIDE_MODULE}${s.no}').then(m => m.states)`).join(',\n')
  const modules: Record<string, string> = {
    'virtual:classroom-outline': jsonModule('outline', outline),
    'virtual:classroom-phone-slides': `export const loaders = {\n${loaders}\n}\n`,
    'virtual:classroom-phone-slides.css': css,
    ...Object.fromEntries(slides.map(s => [`${SLIDE_MODULE}${s.no}`, jsonModule('states', s.states)])),
  }
  return {
    name: 'classroom-modules',
    // The stylesheet keeps its own name so that Vite's CSS pipeline takes it.
    resolveId: id => id in modules ? (id.endsWith('.css') ? id : `\0${id}`) : undefined,
    load: id => modules[id.startsWith('\0') ? id.slice(1) : id],
  }
}

/**
 * Builds the student app (join/) and the presenter remote (remote/) into `outDir`, beside the
 * public deck (which must be built first: the phone's slides are taken from it). A small Vue build
 * of their own: the slides as the deck renders them, the deck's font subsets, no Slidev, no
 * Mermaid runtime.
 */
export async function buildClassroomApps(root: string, outDir: string, lesson: ClassroomLesson = classroomLesson(root)): Promise<void> {
  const deck = await phoneDeckOf(outDir, lesson)
  const appsRoot = join(root, 'kit/classroom/apps')
  await build({
    configFile: false,
    root: appsRoot,
    base: '/',
    logLevel: 'warn',
    plugins: [
      vue(),
      classroomModules(deck),
      classroomPageTitles(),
      // The phone's own labels (slide count, 回到当前) are on its first screen: first slice.
      deckFonts({ addonRoot: root, lessonRoot: lesson.lessonRoot, lessonModule: lessonModulePath(lesson.lessonRoot), font: NOTO_SANS_SC, cacheDir: join(root, 'node_modules/.cache/deck-fonts'), firstScreen: labelGroupsText(join(root, 'kit'), phoneFirstScreenLabelGroups) }),
    ],
    build: {
      outDir,
      emptyOutDir: false,
      assetsDir: CLASSROOM_ASSETS_DIR,
      reportCompressedSize: false,
      rollupOptions: {
        input: { join: join(appsRoot, 'join/index.html'), remote: join(appsRoot, 'remote/index.html') },
        // The font subsetting dominates and is cached; the timing report says only that.
        checks: { pluginTimings: false },
      },
    },
  })
}
