/**
 * The class report written when `present --lan` stops: into the lesson's exports/ (beside its
 * slides.md and classroom-logs/, where `npm run export` writes its PDFs), the Markdown first (it
 * takes no time), then the PDF. The program is stopping, so this has a signal of its own; a
 * report that fails says so and how to make it again, and never stands in the way of stopping.
 */
import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { findBrowser } from '../../browser/findBrowser'
import { StagedFiles } from '../../export/atomicWrite'
import { classroomLesson } from '../buildPaths'
import { lessonPlanOf, stageClassReport } from './writeReport'

/** The report's folder, as export:results' default. */
export const REPORT_DIR = 'exports'

export async function writeReportAtEnd({ root, entry }: { root: string, entry: string }, log: string, print: (line: string) => void): Promise<void> {
  const { lessonRoot } = classroomLesson(root, entry)
  const outDir = join(lessonRoot, REPORT_DIR)
  const again = `npm run export:results -- ${entry === 'slides.md' ? '' : `--entry ${entry} `}--log ${relative(process.cwd(), log)}`
  const signal = new AbortController().signal
  const near = (file: string): string => relative(process.cwd(), file)
  for (const format of ['md', 'pdf'] as const) {
    const staged = new StagedFiles(signal)
    try {
      await mkdir(outDir, { recursive: true })
      const files = await stageClassReport(staged, { log, outDir, formats: [format], browserPath: () => findBrowser(), root, fallbackPlan: () => lessonPlanOf(lessonRoot), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, signal })
      staged.commit()
      print(`Class report: ${files.map(near).join(', ')}`)
    }
    catch (error) {
      await staged.discard()
      print(`The class report's ${format === 'md' ? 'Markdown' : 'PDF'} could not be written (${(error as Error).message}); make it with: ${again}`)
      return
    }
  }
}
