import { describe, expect, it } from 'vitest'
import { createPlayground, step } from '../../../kit/engine/playground'
import { formatPercent, hostViews, nextVersion } from '../../../kit/engine/view'
import { testSetup } from './fixtures'

describe('formatPercent', () => {
  it('never shows 100% while a request was dropped', () => {
    expect(formatPercent(1)).toBe('100%')
    expect(formatPercent(0.9999)).toBe('99.9%')
    expect(formatPercent(0.75)).toBe('75%')
    expect(formatPercent(0)).toBe('0%')
  })
})

describe('hostViews', () => {
  it('lists each host with its replicas and free slots, failed replicas included', () => {
    const state = step(createPlayground(testSetup()), { kind: 'hostDown', hostId: 'host-2' })
    const views = hostViews(state.cluster)
    expect(views.map(v => v.number)).toEqual([1, 2, 3])
    expect(views[1]?.up).toBe(false)
    expect(views[1]?.replicas.every(r => r.state === 'failed')).toBe(true)
    for (const view of views)
      expect(view.replicas.length + view.freeSlots).toBe(5)
  })
})

describe('nextVersion', () => {
  it('counts the version up', () => {
    expect(nextVersion('v1')).toBe('v2')
    expect(nextVersion('v9')).toBe('v10')
  })
})
