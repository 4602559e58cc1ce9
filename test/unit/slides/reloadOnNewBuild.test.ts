import type { ReloadTarget } from '../../../kit/slides/reloadOnNewBuild'
import { describe, expect, it } from 'vitest'
import { mayReload, RELOAD_AGAIN_AFTER_MS, RELOADED_AT_KEY, reloadOnNewBuild, trackPendingNavigation } from '../../../kit/slides/reloadOnNewBuild'

/** A tab: its session storage, its reloads, and a failed load to report. */
function tab(storage: Map<string, string> | 'unavailable' = new Map()) {
  let listener: ((event: Event) => void) | undefined
  const reloads: string[] = []
  const target: ReloadTarget = {
    addEventListener: (_type, handler) => {
      listener = handler
    },
    sessionStorage: {
      getItem: (key) => {
        if (storage === 'unavailable')
          throw new Error('SecurityError')
        return storage.get(key) ?? null
      },
      setItem: (key, value) => {
        if (storage === 'unavailable')
          throw new Error('SecurityError')
        storage.set(key, value)
      },
    },
    location: {
      reload: () => reloads.push('(this page)'),
      assign: href => reloads.push(String(href)),
    },
  }
  /** Reports a failed load as Vite does; true when the page took it over (no error thrown). */
  const failLoad = (): boolean => {
    const event = new Event('vite:preloadError', { cancelable: true })
    listener?.(event)
    return event.defaultPrevented
  }
  return { target, reloads, failLoad, storage }
}

describe('reloadOnNewBuild: a page of a replaced build reloads instead of leaving a slide blank', () => {
  it('reloads on the first failed load and takes the error over', () => {
    const { target, reloads, failLoad, storage } = tab()
    reloadOnNewBuild(target, undefined, () => 1_000_000)
    expect(failLoad()).toBe(true)
    expect(reloads).toEqual(['(this page)'])
    expect(storage instanceof Map && storage.get(RELOADED_AT_KEY)).toBe('1000000')
  })

  it('after a reload, lets a load that fails again show as the fault it is, until a while has passed', () => {
    const storage = new Map([[RELOADED_AT_KEY, '1000000']])
    let now = 1_000_000 + 5_000
    const { target, reloads, failLoad } = tab(storage)
    reloadOnNewBuild(target, undefined, () => now)
    expect(failLoad()).toBe(false)
    expect(reloads).toHaveLength(0)
    now = 1_000_000 + RELOAD_AGAIN_AFTER_MS
    expect(failLoad()).toBe(true)
    expect(reloads).toHaveLength(1)
  })

  it('never reloads without storage to remember it by (it could loop)', () => {
    const { target, reloads, failLoad } = tab('unavailable')
    reloadOnNewBuild(target)
    expect(failLoad()).toBe(false)
    expect(reloads).toHaveLength(0)
  })
})

describe('trackPendingNavigation: where the page was going when a part failed to load', () => {
  it('loads the page at the address of the navigation under way, and in place once none is', () => {
    const guards: Array<(to: string) => void> = []
    const hooks: Array<() => void> = []
    const pending = trackPendingNavigation<string>({
      beforeEach: guard => guards.push(guard),
      afterEach: hook => hooks.push(hook),
      resolve: to => ({ href: `/deck${to}` }),
    })
    const { target, reloads, failLoad } = tab()
    reloadOnNewBuild(target, pending, () => 0)
    guards.forEach(guard => guard('/presenter/3'))
    expect(pending()).toBe('/deck/presenter/3')
    expect(failLoad()).toBe(true)
    expect(reloads).toEqual(['/deck/presenter/3'])
    hooks.forEach(hook => hook())
    expect(pending()).toBeUndefined()
  })
})

describe('mayReload', () => {
  it('allows a first reload, one after the wait, and one after a garbled record or a clock set back', () => {
    expect(mayReload(null, 5)).toBe(true)
    expect(mayReload('0', RELOAD_AGAIN_AFTER_MS - 1)).toBe(false)
    expect(mayReload('0', RELOAD_AGAIN_AFTER_MS)).toBe(true)
    expect(mayReload('soon', 5)).toBe(true)
    expect(mayReload('9000', 5)).toBe(true)
  })
})
