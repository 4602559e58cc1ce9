import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import MilestoneTimeline from '../../components/MilestoneTimeline.vue'
import { lesson } from '../../data'
import { clickStep } from './clickSteps.mock'

vi.mock('../../kit/composables/useClickSteps', () => import('./clickSteps.mock'))

const all = lesson.history.milestones
const milestones = all.filter(m => m.year >= 2016 && m.year <= 2017)
const props = { milestones: all, kinds: lesson.history.kinds, from: 2016, to: 2017 }

describe('MilestoneTimeline', () => {
  beforeEach(() => {
    clickStep.value = 0
  })

  it('groups milestones under their year, with the source\'s date, kind, headline and text', () => {
    clickStep.value = 99
    const wrapper = mount(MilestoneTimeline, { props })
    expect(wrapper.findAll('.timeline__year-label').map(h => h.text())).toEqual(['2016', '2017'])
    const csi = wrapper.find('[data-milestone="csi"]')
    expect(csi.text()).toContain('2017年12月')
    expect(csi.text()).toContain('接口标准')
    expect(csi.text()).toContain(milestones.find(m => m.id === 'csi')!.text)
  })

  it('labels and colours the kinds a lesson names for itself, each kind its own colour', () => {
    clickStep.value = 99
    const kinds = { project: '开源项目', spec: '规范' }
    const own = [
      { ...all[0]!, id: 'a', kind: 'project' },
      { ...all[1]!, id: 'b', kind: 'spec' },
    ]
    const wrapper = mount(MilestoneTimeline, { props: { milestones: own, kinds, from: 2000, to: 2100 } })
    const badges = wrapper.findAll('[data-milestone]').map(li => [li.find('.milestone__kind').text(), li.classes().find(c => c.startsWith('milestone--tone-'))])
    expect(badges).toEqual([['开源项目', 'milestone--tone-0'], ['规范', 'milestone--tone-1']])
  })

  it('shows only the years of its span, and where they sit on a ruler of the whole history', () => {
    const wrapper = mount(MilestoneTimeline, { props })
    expect(wrapper.findAll('[data-milestone]')).toHaveLength(milestones.length)
    expect(wrapper.findAll('.ruler__year .ruler__label').map(y => y.text())).toEqual(['2013', '2014', '2015', '2016', '2017', '2018'])
    expect(wrapper.findAll('.ruler__year--in-span .ruler__label').map(y => y.text())).toEqual(['2016', '2017'])
    expect(wrapper.findAll('.ruler__dot')).toHaveLength(all.length)
    // The dots are hidden from screen readers, which hear the count instead.
    expect(wrapper.findAll('.ruler__dots').every(d => d.attributes('aria-hidden') === 'true')).toBe(true)
    const counts = wrapper.findAll('.ruler__year .sr-only').map(c => Number.parseInt(c.text()))
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(all.length)
  })

  it('reveals one milestone per click and marks the newest', async () => {
    const wrapper = mount(MilestoneTimeline, { props })
    for (let step = 0; step < milestones.length; step++) {
      clickStep.value = step
      await nextTick()
      const hidden = wrapper.findAll('.milestone--hidden').map(li => li.attributes('data-milestone'))
      expect(hidden).toEqual(milestones.slice(step + 1).map(m => m.id))
      expect(wrapper.find('.milestone--current').attributes('data-milestone')).toBe(milestones[step]!.id)
      // Earlier ones step back through the deck's one print style (styles/stepBack.css).
      expect(wrapper.findAll('.milestone:not(.step-back)').map(li => li.attributes('data-milestone'))).toEqual([milestones[step]!.id])
    }
  })
})
