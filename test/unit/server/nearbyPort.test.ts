import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { nearbyPort } from '../../../tools/server/nearbyPort'

describe('nearbyPort', () => {
  it('keeps a free port and says nothing', async () => {
    const probe = createServer().listen(0, '127.0.0.1')
    await once(probe, 'listening')
    const free = (probe.address() as AddressInfo).port
    await new Promise(resolve => probe.close(resolve))
    expect(await nearbyPort(free, '127.0.0.1')).toEqual({ port: free, note: undefined })
  })

  it('takes the next free port above a busy one, and says which', async () => {
    const blocker = createServer().listen(0, '127.0.0.1')
    await once(blocker, 'listening')
    const busy = (blocker.address() as AddressInfo).port
    try {
      const { port, note } = await nearbyPort(busy, '127.0.0.1')
      expect(port).toBeGreaterThan(busy)
      expect(port).toBeLessThanOrEqual(busy + 100)
      expect(note).toBe(`Port ${busy} is busy; using ${port} instead.`)
    }
    finally {
      blocker.close()
    }
  })
})
