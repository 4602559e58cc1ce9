/**
 * The class report written when `present --lan` stops: into exports/, the Markdown first (it
 * takes no time), then the PDF. The program is stopping, so this has a signal of its own; a
 * report that fails says so and how to make it again, and never stands in the way of stopping.
 */
import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { findBrowser } from '../../browser/findBrowser'
import { StagedFiles } from '../../export/atomicWrite'
import { projectLessonPlan, stageClassReport } from './writeReport'

/** The report's folder, as export:results' default. */
export const REPORT_DIR = 'exports'

export async function writeReportAtEnd(root: string, log: string, print: (line: string) => void): Promise<void> {
  const outDir = join(root, REPORT_DIR)
  const signal = new AbortController().signal
  const near = (file: string): string => relative(process.cwd(), file)
  for (const format of ['md', 'pdf'] as const) {
    const staged = new StagedFiles(signal)
    try {
      await mkdir(outDir, { recursive: true })
      const files = await stageClassReport(staged, { log, outDir, formats: [format], browserPath: () => findBrowser(), root, fallbackPlan: () => projectLessonPlan(root), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, signal })
      staged.commit()
      print(`Class report: ${files.map(near).join(', ')}`)
    }
    catch (error) {
      await staged.discard()
      print(`The class report's ${format === 'md' ? 'Markdown' : 'PDF'} could not be written (${(error as Error).message}); make it with: npm run export:results -- --log ${near(log)}`)
      return
    }
  }
}
