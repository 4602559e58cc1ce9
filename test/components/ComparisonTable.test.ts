import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ComparisonTable from '../../components/ComparisonTable.vue'
import { lesson } from '../../data'
import { clickStep } from './clickSteps.mock'

vi.mock('../../kit/composables/useClickSteps', () => import('./clickSteps.mock'))

describe('ComparisonTable', () => {
  it('sets each event\'s single-container outcome beside the cluster\'s, with a verdict in words', () => {
    clickStep.value = 99
    const wrapper = mount(ComparisonTable, { props: { comparison: lesson.comparison, topologies: lesson.topologies } })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(lesson.comparison.rows.length)
    const hostFailure = rows[0]!
    expect(hostFailure.find('th').text()).toBe('宿主机故障')
    const [single, cluster] = hostFailure.findAll('td')
    expect(single!.text()).toContain('服务中断')
    expect(single!.text()).toContain(lesson.topologies.find(t => t.id === 'single-host-failure')!.outcome)
    expect(cluster!.text()).toContain('服务正常')
  })

  it('reveals one row per click', async () => {
    clickStep.value = 0
    const wrapper = mount(ComparisonTable, { props: { comparison: lesson.comparison, topologies: lesson.topologies } })
    expect(wrapper.findAll('.comparison__row--hidden')).toHaveLength(2)
    clickStep.value = 2
    await nextTick()
    expect(wrapper.findAll('.comparison__row--hidden')).toHaveLength(0)
  })
})
