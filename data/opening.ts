import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

export const opening: LessonSection<'opening'> = {
  label: '思考',
  question: '单容器实例能否支撑企业级应用？',
  scene: '之前，小陈已经能够采用Docker在单容器上完成WordPress网站的构建、发布和运行了。经过公司评估后，计划让小陈把WordPress网站部署到生产环境上，正式上线运营。小陈觉得这个任务重大，由于缺少经验，决定找大刘请教。',
}
