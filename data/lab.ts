import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const lab: LessonSection<'lab'> = {
  label: '练习实验',
  title: '通过ASK搭建企业级网站应用',
  url: 'https://developer.aliyun.com/adc/scenario/ace330daa1d7428cacf3225bea3207e2',
}
