import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/** The Kubernetes documentation page the lab follows (source S3). */
export const lab: LessonSection<'lab'> = {
  label: '练习实验',
  title: '按文档创建、更新并回滚 nginx-deployment',
  url: 'https://kubernetes.club.tw/docs/concepts/workloads/controllers/deployment',
}
