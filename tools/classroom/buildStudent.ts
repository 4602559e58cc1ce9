import type { Plugin } from 'vite'
import type { PhoneSlide } from '../../kit/classroom/slideModel.ts'
import type { Topology } from '../../kit/lesson/schema.ts'
import type { ClassroomLesson } from './buildPaths.ts'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import vue from '@vitejs/plugin-vue'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { slideClicks } from '../../kit/classroom/slideModel.ts'
import { loadDeck } from '../../kit/deck/loadDeck.ts'
import { classroomLabels, phoneFirstScreenLabelGroups } from '../../kit/labels.ts'
import { loadLesson } from '../../kit/lesson/loadLesson.ts'
import { lessonModulePath } from '../../kit/lesson/paths.ts'
import { publicLesson } from '../../kit/lesson/publicLesson.ts'
import { mermaidConfig } from '../../kit/slides/mermaidConfig.ts'
import { buildTopologyDiagram } from '../../kit/slides/topologyDiagram.ts'
import { deckFonts } from '../../kit/vite/fonts/deckFontsPlugin.ts'
import { labelGroupsText } from '../../kit/vite/fonts/labelText.ts'
import { NOTO_SANS_SC } from '../../kit/vite/fonts/notoSansSc.ts'
import { CHROMIUM_ARGS } from '../browser/chromiumArgs.ts'
import { findBrowser } from '../browser/findBrowser.ts'
import { renameRetrying } from '../fs/replaceDir.ts'
import { CLASSROOM_ASSETS_DIR, classroomLesson } from './buildPaths.ts'
import { buildPhoneSlides } from './phoneSlides.ts'
import { renderTopologyDiagrams } from './renderDiagrams.ts'

const require = createRequire(import.meta.url)

/** Rounds long decimals in an SVG (Mermaid writes 15 digits a coordinate): a third of the bytes. */
export function compactSvg(svg: string): string {
  return svg.replace(/(-?\d+\.\d{2,})/g, number => String(Math.round(Number(number) * 10) / 10))
}

/**
 * The diagrams as SVG, drawn in Chromium once per distinct set of diagrams (cached in
 * node_modules/.cache/classroom-diagrams by a hash of their Mermaid text, Mermaid's version and
 * the configuration): drawing takes seconds, mostly loading the complete font.
 */
async function diagramSvgs(root: string, topologies: readonly Topology[]): Promise<Map<string, string>> {
  const mermaidVersion = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version
  const key = createHash('sha256')
    .update(JSON.stringify({ codes: topologies.map(t => [t.id, buildTopologyDiagram(t)]), mermaidVersion, mermaidConfig, compact: compactSvg.toString() }))
    .digest('hex')
    .slice(0, 16)
  const cacheDir = join(root, 'node_modules', '.cache', 'classroom-diagrams')
  const cached = join(cacheDir, `${key}.json`)
  if (existsSync(cached))
    return new Map(Object.entries(JSON.parse(readFileSync(cached, 'utf8')) as Record<string, string>))
  const browser = await chromium.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS] })
  try {
    const svgs = await renderTopologyDiagrams(browser, topologies)
    const compacted = new Map([...svgs].map(([id, svg]) => [id, compactSvg(svg)]))
    mkdirSync(cacheDir, { recursive: true })
    const partial = `${cached}.${process.pid}.tmp`
    writeFileSync(partial, JSON.stringify(Object.fromEntries(compacted)))
    renameRetrying(partial, cached)
    return compacted
  }
  finally {
    await browser.close()
  }
}

export interface PhoneDeck {
  slides: PhoneSlide[]
  /** SVG markup of the diagrams the slides show, by topology id. */
  diagrams: Record<string, string>
}

/** The phone model of every slide of the lesson (its entry under `root`), from the public lesson. */
export async function phoneDeckOf(root: string, { lessonRoot }: ClassroomLesson = classroomLesson(root)): Promise<PhoneDeck> {
  const lesson = publicLesson(await loadLesson(lessonModulePath(lessonRoot)))
  const svgs = await diagramSvgs(root, lesson.topologies ?? [])
  const slides = buildPhoneSlides(await loadDeck(lessonRoot), lesson, svgs)
  const used = new Set(slides.flatMap(s => s.blocks.flatMap(b => b.kind === 'diagrams' ? b.items.map(i => i.topology) : [])))
  return { slides, diagrams: Object.fromEntries([...svgs].filter(([id]) => used.has(id))) }
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

function classroomModules({ slides, diagrams }: PhoneDeck): Plugin {
  const modules: Record<string, string> = {
    'virtual:classroom-phone-slides': jsonModule('slides', slides),
    'virtual:classroom-diagrams': jsonModule('diagrams', diagrams),
    'virtual:classroom-outline': `export const outline = ${JSON.stringify(slides.map(s => ({ no: s.no, title: s.title, clicks: slideClicks(s) })))}\n`,
  }
  return {
    name: 'classroom-modules',
    resolveId: id => id in modules ? `\0${id}` : undefined,
    load: id => id.startsWith('\0') ? modules[id.slice(1)] : undefined,
  }
}

/**
 * Builds the student app (join/) and the presenter remote (remote/) into `outDir`, beside the
 * public deck (which must be built first: it empties the folder). A small Vue build of their
 * own: the slides' phone model, the deck's font subsets, no Slidev, no Mermaid runtime.
 */
export async function buildClassroomApps(root: string, outDir: string, lesson: ClassroomLesson = classroomLesson(root)): Promise<void> {
  const deck = await phoneDeckOf(root, lesson)
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
