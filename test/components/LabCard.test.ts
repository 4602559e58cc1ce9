import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LabCard from '../../components/LabCard.vue'
import { lesson } from '../../data'

describe('LabCard', () => {
  it('shows the lab title and its full URL as text, and an inline QR code (no image request)', () => {
    const wrapper = mount(LabCard, { props: { lab: lesson.lab } })
    expect(wrapper.text()).toContain(lesson.lab.title)
    expect(wrapper.find('a').text()).toBe(lesson.lab.url)
    expect(wrapper.find('a').attributes('href')).toBe(lesson.lab.url)
    const svg = wrapper.find('.lab__qr-code svg')
    expect(svg.exists()).toBe(true)
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('draws a different code for a different URL', () => {
    const a = mount(LabCard, { props: { lab: lesson.lab } }).find('.lab__qr-code').html()
    const b = mount(LabCard, { props: { lab: { ...lesson.lab, url: 'https://example.com/other' } } }).find('.lab__qr-code').html()
    expect(a).not.toBe(b)
  })
})
