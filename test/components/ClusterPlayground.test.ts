import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ClusterPlayground from '../../components/ClusterPlayground.vue'
import { playground } from '../../data/playground'
import { lessonScenario } from '../../data/playground/clusterVsSingle'
import { clickStep, requestedSteps } from './clickSteps.mock'

vi.mock('../../kit/composables/useClickSteps', () => import('./clickSteps.mock'))

function stepOf(fragment: string): number {
  const index = lessonScenario.steps.findIndex(s => s.caption.includes(fragment))
  if (index < 0)
    throw new Error(`no step mentions ${fragment}`)
  return index
}

type Side = 'cluster' | 'single'

function figure(wrapper: VueWrapper, side: Side, name: string): string {
  return wrapper.get(`[data-side="${side}"] [data-figure="${name}"]`).text()
}

/** Containers as a screen reader announces them, e.g. "容器 v1 就绪". */
function chips(wrapper: VueWrapper, side: Side, selector = ''): string[] {
  return wrapper.findAll(`[data-side="${side}"] [data-state]${selector}`).map(c => c.attributes('aria-label') ?? '')
}

async function showStep(wrapper: VueWrapper, step: number): Promise<void> {
  clickStep.value = step
  await nextTick()
}

describe('clusterPlayground', () => {
  let wrapper: VueWrapper

  beforeEach(async () => {
    clickStep.value = 0
    wrapper = mount(ClusterPlayground, { props: { story: lessonScenario }, attachTo: document.body })
    // Vue ignores events stamped in the millisecond its listeners were attached.
    await new Promise(resolve => setTimeout(resolve, 5))
  })

  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('asks the click composable for one click per scripted step after the first', () => {
    expect(requestedSteps.at(-1)).toBe(lessonScenario.steps.length - 1)
  })

  it('starts in steady state: six ready replicas, both sides at 100%', () => {
    expect(wrapper.get('[data-caption]').text()).toBe(lessonScenario.steps[0]?.caption)
    expect(chips(wrapper, 'cluster')).toHaveLength(6)
    expect(chips(wrapper, 'cluster').every(text => text === '容器 v1 就绪')).toBe(true)
    expect(figure(wrapper, 'cluster', 'availability')).toBe('100%')
    expect(figure(wrapper, 'single', 'availability')).toBe('100%')
  })

  it('shows the failed host, its failed containers and the single container\'s outage', async () => {
    await showStep(wrapper, stepOf('宕机'))
    const host = wrapper.get('[data-side="cluster"] [data-host="host-1"]')
    expect(host.attributes('data-up')).toBe('false')
    expect(host.text()).toContain('宕机')
    expect(host.findAll('[data-state="failed"]').map(c => c.text())).toEqual(['v1故障', 'v1故障'])
    expect(wrapper.findAll('[data-side="cluster"] [data-host="host-2"] [data-state="failed"]')).toHaveLength(0)
    expect(figure(wrapper, 'cluster', 'availability')).toBe('100%')
    expect(figure(wrapper, 'single', 'availability')).toBe('0%')
    expect(chips(wrapper, 'single')).toEqual(['容器 v1 故障'])
  })

  it('keeps the cluster at 100% during the rolling upgrade while the single container has downtime', async () => {
    await showStep(wrapper, stepOf('滚动升级'))
    const versions = new Set(wrapper.findAll('[data-side="cluster"] [data-version]').map(c => c.attributes('data-version')))
    expect(versions).toEqual(new Set(['v1', 'v2']))
    expect(figure(wrapper, 'cluster', 'availability')).toBe('100%')
    expect(figure(wrapper, 'cluster', 'dropped')).toBe('0')
    expect(figure(wrapper, 'single', 'availability')).not.toBe('100%')
    expect(Number.parseInt(figure(wrapper, 'single', 'outage'))).toBeGreaterThan(0)
    expect(wrapper.get('[data-side="cluster"] [data-figure="rollout"]').text()).toBe('正在升级到 v2')
  })

  it('shows drops during the surge and more ready replicas after scaling out', async () => {
    await showStep(wrapper, stepOf('激增'))
    expect(Number(figure(wrapper, 'cluster', 'dropped'))).toBeGreaterThan(0)
    await showStep(wrapper, stepOf('扩容完成'))
    expect(chips(wrapper, 'cluster', '[data-state="ready"]').length).toBeGreaterThan(6)
    const [served, offered] = figure(wrapper, 'cluster', 'last-tick').split('/')
    expect(served).toBe(offered)
    const [singleServed, singleOffered] = figure(wrapper, 'single', 'last-tick').split('/')
    expect(Number(singleServed)).toBeLessThan(Number(singleOffered))
  })

  it('lets the controls take over, and returns to the script on the next click', async () => {
    await wrapper.get('[data-control="host-2"]').trigger('click')
    expect(wrapper.get('[data-host="host-2"]').attributes('data-up')).toBe('false')
    expect(wrapper.get('.playground').attributes('data-free-play')).toBe('true')
    expect(wrapper.text()).toContain('自由操作')

    await showStep(wrapper, 1)
    expect(wrapper.get('.playground').attributes('data-free-play')).toBe('false')
    expect(wrapper.get('[data-host="host-2"]').attributes('data-up')).toBe('true')
  })

  it('runs the simulation on its own while "运行" is on, and stops on "暂停"', async () => {
    vi.useFakeTimers()
    await wrapper.get('[data-control="run"]').trigger('click')
    vi.advanceTimersByTime(800 * 3)
    await nextTick()
    const tickAfterRun = wrapper.get('.free-play').text()
    expect(tickAfterRun).toContain(`第 ${lessonScenario.steps.slice(0, 1).reduce((t, s) => t + s.ticks, 0) + 3} 秒`)
    await wrapper.get('[data-control="run"]').trigger('click')
    vi.advanceTimersByTime(800 * 3)
    await nextTick()
    expect(wrapper.get('.free-play').text()).toBe(tickAfterRun)
  })

  it('rolls out the next version from the upgrade button', async () => {
    await wrapper.get('[data-control="upgrade"]').trigger('click')
    expect(wrapper.get('[data-figure="rollout"]').text()).toBe('正在升级到 v2')
    // The single container has to stop before v2 can start: nothing answers meanwhile.
    expect(chips(wrapper, 'single')).not.toContain('容器 v1 就绪')
    expect(figure(wrapper, 'single', 'last-tick')).toMatch(/^0\//)
    expect(figure(wrapper, 'cluster', 'dropped')).toBe('0')
  })
})

describe('ClusterPlayground with the scheduling story', () => {
  it('shows the replicas that found no host as pending, and the drops that follow', async () => {
    clickStep.value = 3
    const wrapper = mount(ClusterPlayground, { props: { story: playground.scheduling } })
    expect(requestedSteps.at(-1)).toBe(4)
    expect(wrapper.get('[data-count="pending"]').text()).toBe('待调度 3')
    expect(chips(wrapper, 'cluster', '[data-state="ready"]')).toHaveLength(3)
    expect(Number(figure(wrapper, 'cluster', 'dropped'))).toBeGreaterThan(0)
    expect(figure(wrapper, 'single', 'availability')).toBe('0%')
    wrapper.unmount()
  })
})
