import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import MilestoneTimeline from '../../components/MilestoneTimeline.vue'
import { lesson } from '../../data'
import { clickStep } from './clickSteps.mock'

vi.mock('../../composables/useClickSteps', () => import('./clickSteps.mock'))

const milestones = lesson.history.milestones.filter(m => m.year >= 2016 && m.year <= 2017)

describe('MilestoneTimeline', () => {
  beforeEach(() => {
    clickStep.value = 0
  })

  it('groups milestones under their year, with the source\'s date, kind, headline and text', () => {
    clickStep.value = 99
    const wrapper = mount(MilestoneTimeline, { props: { milestones } })
    expect(wrapper.findAll('.timeline__year-label').map(h => h.text())).toEqual(['2016', '2017'])
    const csi = wrapper.find('[data-milestone="csi"]')
    expect(csi.text()).toContain('2017年12月')
    expect(csi.text()).toContain('接口标准')
    expect(csi.text()).toContain(milestones.find(m => m.id === 'csi')!.text)
  })

  it('reveals one milestone per click and marks the newest', async () => {
    const wrapper = mount(MilestoneTimeline, { props: { milestones } })
    for (let step = 0; step < milestones.length; step++) {
      clickStep.value = step
      await nextTick()
      const hidden = wrapper.findAll('.milestone--hidden').map(li => li.attributes('data-milestone'))
      expect(hidden).toEqual(milestones.slice(step + 1).map(m => m.id))
      expect(wrapper.find('.milestone--current').attributes('data-milestone')).toBe(milestones[step]!.id)
    }
  })
})
