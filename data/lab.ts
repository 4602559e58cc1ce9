import type { LessonInput } from './schema'

export const lab: LessonInput['lab'] = {
  label: '练习实验',
  title: '通过ASK搭建企业级网站应用',
  url: 'https://developer.aliyun.com/adc/scenario/ace330daa1d7428cacf3225bea3207e2',
}
