import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import RevealList from '../../components/RevealList.vue'
import { lesson } from '../../data'
import { clickStep, requestedSteps } from './clickSteps.mock'

vi.mock('../../kit/composables/useClickSteps', () => import('./clickSteps.mock'))

describe('RevealList', () => {
  it('numbers the questions and reveals one per click, keeping hidden ones in place', async () => {
    clickStep.value = 1
    requestedSteps.length = 0
    const items = lesson.necessity.questions
    const wrapper = mount(RevealList, { props: { items, numbered: true } })
    expect(requestedSteps).toEqual([items.length - 1])
    expect(wrapper.element.tagName).toBe('OL')
    const li = wrapper.findAll('li')
    expect(li.map(i => i.text())).toEqual(items)
    expect(li.map(i => i.classes('reveal-list__item--hidden'))).toEqual([false, false, true, true])
    clickStep.value = 3
    await nextTick()
    expect(wrapper.findAll('.reveal-list__item--hidden')).toHaveLength(0)
    expect(wrapper.find('.reveal-list__item--current').text()).toBe(items[3])
  })
})
