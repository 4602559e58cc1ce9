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

  it('lets a long address wrap only between its parts (after a slash, before a dot), never mid-word', () => {
    const url = 'https://kubernetes.club.tw/docs/concepts/workloads/controllers/deployment'
    const link = mount(LabCard, { props: { lab: { ...lesson.lab, url } } }).find('a')
    expect(link.text()).toBe(url)
    // The wrap points are the <wbr>s: the text between two of them is one unbroken piece.
    expect(link.element.innerHTML.split(/<wbr[^>]*>/).filter(Boolean)).toEqual(['https://', 'kubernetes', '.club', '.tw/', 'docs/', 'concepts/', 'workloads/', 'controllers/', 'deployment'])
  })

  it('draws a different code for a different URL', () => {
    const a = mount(LabCard, { props: { lab: lesson.lab } }).find('.lab__qr-code').html()
    const b = mount(LabCard, { props: { lab: { ...lesson.lab, url: 'https://example.com/other' } } }).find('.lab__qr-code').html()
    expect(a).not.toBe(b)
  })
})
