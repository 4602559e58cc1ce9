import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import StepList from '../../components/StepList.vue'
import { upgradeSteps } from '../fixtures/lesson-fixture/data/upgradeSteps'
import { clickStep, requestedSteps } from './clickSteps.mock'

vi.mock('../../kit/composables/useClickSteps', () => import('./clickSteps.mock'))

describe('StepList', () => {
  it('numbers the steps, shows title and sentence, and reveals one per click in place', async () => {
    clickStep.value = 0
    requestedSteps.length = 0
    const wrapper = mount(StepList, { props: { steps: upgradeSteps } })
    expect(requestedSteps).toEqual([upgradeSteps.length - 1])
    const items = wrapper.findAll('li')
    expect(items.map(li => li.find('.step-list__title').text())).toEqual(upgradeSteps.map(s => s.title))
    expect(items[1]!.text()).toContain(upgradeSteps[1]!.text)
    expect(items.map(li => li.classes('step-list__item--hidden'))).toEqual([false, true, true])
    expect(items[2]!.attributes('aria-hidden')).toBe('true')
    clickStep.value = 2
    await nextTick()
    expect(wrapper.findAll('.step-list__item--hidden')).toHaveLength(0)
    expect(wrapper.find('.step-list__item--current .step-list__title').text()).toBe(upgradeSteps[2]!.title)
  })
})
