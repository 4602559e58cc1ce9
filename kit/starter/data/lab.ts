import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The practice lab: its address is shown as text and as a QR code made offline. */
export const lab: LessonSection<'lab'> = {
  label: '练习实验',
  title: '示例：实验标题',
  url: 'https://example.com/lab',
}
