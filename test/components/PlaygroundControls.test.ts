import type { HostView } from '../../kit/engine/view'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import PlaygroundControls from '../../components/PlaygroundControls.vue'

const hosts: HostView[] = [
  { id: 'host-1', number: 1, up: true, replicas: [], freeSlots: 5 },
  { id: 'host-2', number: 2, up: false, replicas: [], freeSlots: 5 },
]

async function mountControls() {
  const wrapper = mount(PlaygroundControls, {
    props: { hosts, upgradeVersion: 'v2', baseLoad: 40, autoscaling: true, running: false, freePlay: false },
    attachTo: document.body,
  })
  // Vue ignores events stamped in the same millisecond its listener was attached
  // (a guard against events that fired before the handler existed); a real
  // presenter never clicks that fast, a test dispatching by hand does.
  await new Promise(resolve => setTimeout(resolve, 5))
  return wrapper
}

describe('playgroundControls', () => {
  const wrappers: { unmount: () => void }[] = []
  afterEach(() => wrappers.splice(0).forEach(w => w.unmount()))

  it('offers to fail an up host and to recover a down one', async () => {
    const wrapper = await mountControls()
    wrappers.push(wrapper)
    expect(wrapper.get('[data-control="host-1"]').text()).toBe('主机 1 宕机')
    expect(wrapper.get('[data-control="host-2"]').text()).toBe('恢复主机 2')
    await wrapper.get('[data-control="host-2"]').trigger('click')
    expect(wrapper.emitted('event')).toEqual([[{ kind: 'hostUp', hostId: 'host-2' }]])
  })

  it('changes the load in steps and cannot go below zero', async () => {
    const wrapper = await mountControls()
    wrappers.push(wrapper)
    await wrapper.get('[data-control="surge"]').trigger('click')
    await wrapper.get('[data-control="drop"]').trigger('click')
    expect(wrapper.emitted('event')).toEqual([
      [{ kind: 'setLoad', baseLoad: 80 }],
      [{ kind: 'setLoad', baseLoad: 0 }],
    ])
    expect(wrapper.get('[data-control="reset"]').attributes('disabled')).toBeDefined()
  })

  it('lets navigation keys through to Slidev: the focused button lets go and the key still bubbles', async () => {
    const wrapper = await mountControls()
    wrappers.push(wrapper)
    const seenByWindow = vi.fn()
    window.addEventListener('keydown', seenByWindow)
    const button = wrapper.get('[data-control="crash"]').element as HTMLButtonElement
    button.focus()
    expect(document.activeElement).toBe(button)
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    window.removeEventListener('keydown', seenByWindow)
    expect(document.activeElement).not.toBe(button)
    expect(seenByWindow).toHaveBeenCalledTimes(1)
  })

  it('keeps focus for keyboard activation but drops it after a mouse click', async () => {
    const wrapper = await mountControls()
    wrappers.push(wrapper)
    const button = wrapper.get('[data-control="tick"]').element as HTMLButtonElement
    button.focus()
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }))
    expect(document.activeElement).toBe(button)
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }))
    expect(document.activeElement).not.toBe(button)
    expect(wrapper.emitted('tick')).toHaveLength(2)
  })
})
