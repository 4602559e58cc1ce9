import { spawnSync } from 'node:child_process'

/** Whether poppler's command-line tools run here (pdfinfo stands for the set: one package ships them). */
export function hasPoppler(): boolean {
  return spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).error === undefined
}
