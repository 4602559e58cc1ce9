import { formatMinutes } from './schedule'

/**
 * The words the handout and the notes pages print around the slides. Those pages are laid out
 * in the deck's own page and set in its font subset, which is cut from the deck's sources, so
 * the words live here, beside the slides' other labels, and not in the export's code.
 */
export const printLabels = {
  handout: '学生讲义',
  notes: '讲师备课稿',
  question: '课堂提问',
  noNotes: '（本页无讲稿）',
  /** 本页 2 分钟 · 累计 5 / 43 分钟 */
  minutes: (minutes: number, end: number, total: number): string =>
    `本页 ${formatMinutes(minutes)} 分钟 · 累计 ${formatMinutes(end)} / ${formatMinutes(total)} 分钟`,
  /** 第 2 页 / 共 8 页 */
  page: (pageNo: number, pageCount: number): string => `第 ${pageNo} 页 / 共 ${pageCount} 页`,
} as const
