import type { Topology } from '../../kit/lesson/schema'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../data'
import { describeTopology } from '../../kit/slides/topologyDescription'

const byId = (id: string): Topology => lesson.topologies.find(t => t.id === id)!

describe('describeTopology', () => {
  it('says what the failover diagram shows: the path, each host and container with its state, the outcome', () => {
    expect(describeTopology(byId('cluster-failover'))).toBe(
      '示意图：故障转移。用户经统一访问地址访问：服务器 1（故障）：WordPress 1（已停止）；服务器 2：WordPress 2；服务器 3：WordPress 3。'
      + '服务正常：服务器 1 故障，请求转到其他服务器上的容器，服务照常。',
    )
  })

  it('says when users reach a lone container directly', () => {
    expect(describeTopology(byId('single-overload'))).toMatch(/^示意图：访问量超出处理能力。大量用户直接访问：宿主机：WordPress 容器（满载）。服务受损：/)
  })

  it('names every host and container of every diagram in the lesson', () => {
    for (const topology of lesson.topologies) {
      const text = describeTopology(topology)
      for (const host of topology.hosts) {
        expect(text).toContain(host.label)
        for (const container of host.containers)
          expect(text).toContain(container.label)
      }
    }
  })
})
