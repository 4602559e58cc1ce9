import { describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { describeTopology } from '../../../kit/slides/topologyDescription'
import { topologyLabels } from '../../support/topologyLabels'

const topology = (id: string) => lesson.topologies.find(t => t.id === id)!

describe('describeTopology', () => {
  it('says where requests go, what runs where, and whether the service survives', () => {
    expect(describeTopology(topology('cluster-failover'))).toBe(
      '故障转移示意图。用户的请求经统一访问地址分发到：服务器 1（故障）上的WordPress 1（已停止，请求无法到达）；'
      + '服务器 2上的WordPress 2；服务器 3上的WordPress 3。服务正常：服务器 1 故障，请求转到其他服务器上的容器，服务照常。',
    )
  })

  it('describes a lone container without an access address', () => {
    expect(describeTopology(topology('single-overload'))).toBe(
      '访问量超出处理能力示意图。大量用户的请求直接发往：宿主机上的WordPress 容器（满载）。服务受损：请求超出单个容器的处理能力，部分用户无法访问。',
    )
  })

  it('names every host and container of every topology, and differs between topologies', () => {
    for (const t of lesson.topologies) {
      const text = describeTopology(t)
      for (const label of topologyLabels(t))
        expect(text).toContain(label)
    }
    expect(new Set(lesson.topologies.map(describeTopology)).size).toBe(lesson.topologies.length)
  })
})
