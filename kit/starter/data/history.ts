import type { LessonSection } from 'slidev-addon-lesson-kit/lesson'

/**
 * Milestones in date order; slides.md shows the years from–to of each timeline slide. `kinds`
 * names the kinds of milestone the timeline tells apart (a badge and a colour each).
 */
export const history: LessonSection<'history'> = {
  title: '示例：发展历程',
  intro: '示例：一句话引出时间线。',
  kinds: {
    project: '示例：项目',
    standard: '示例：标准',
    community: '示例：社区',
  },
  milestones: [
    {
      id: 'first',
      year: 2021,
      month: 3,
      kind: 'project',
      actors: ['示例项目'],
      headline: '示例：第一个里程碑',
      text: '示例：用一两句话说明这一年发生了什么。',
    },
    {
      id: 'second',
      year: 2022,
      month: null,
      kind: 'standard',
      actors: ['示例标准'],
      headline: '示例：第二个里程碑',
      text: '示例：只知道年份时，month 写 null。',
    },
    {
      id: 'third',
      year: 2023,
      month: null,
      after: true,
      kind: 'community',
      actors: ['示例基金会'],
      headline: '示例：第三个里程碑',
      text: '示例：after 为 true 时写作“2023年之后”。',
    },
  ],
}
