// @vitest-environment happy-dom
// Mermaid's parser needs a DOM (it sanitises labels with DOMPurify).
import type { Topology } from '../../../kit/lesson/schema'
import mermaid from 'mermaid'
import { beforeAll, describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { diagramLabels } from '../../../kit/labels'
import { mermaidConfig } from '../../../kit/slides/mermaidConfig'
import { buildTopologyDiagram, mermaidLabel } from '../../../kit/slides/topologyDiagram'
import { topologyLabels } from '../../support/topologyLabels'

const byId = (id: string): Topology => lesson.topologies.find(t => t.id === id)!

beforeAll(() => {
  mermaid.initialize(mermaidConfig)
})

describe('buildTopologyDiagram', () => {
  it.each(lesson.topologies.map(t => [t.id, t] as const))('%s parses as a Mermaid flowchart', async (_id, topology) => {
    await expect(mermaid.parse(buildTopologyDiagram(topology))).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })

  it('puts every host and container label of the data in the diagram', () => {
    for (const topology of lesson.topologies) {
      const code = buildTopologyDiagram(topology)
      for (const label of topologyLabels(topology))
        expect(code).toContain(label)
      expect(code).toContain(topology.client)
    }
  })

  it('routes a cluster through its single access address, one link per container', () => {
    const code = buildTopologyDiagram(byId('cluster'))
    expect(code).toContain('"统一访问地址"')
    expect(code.match(/entry_cluster --> box_/g)).toHaveLength(3)
    expect(code).not.toMatch(/client_cluster --> box_/)
  })

  it('sends a lone container its requests straight from the client', () => {
    const code = buildTopologyDiagram(byId('single-overload'))
    expect(code).toMatch(/client_single_overload ==> box_web/)
    expect(code).not.toContain('entry_')
  })

  it('draws broken links to containers on a failed host, and marks the host', () => {
    const code = buildTopologyDiagram(byId('cluster-failover'))
    expect(code).toContain('entry_cluster_failover -.-x box_web_1')
    expect(code).toContain('entry_cluster_failover --> box_web_2')
    expect(code).toContain('服务器 1（故障）')
    expect(code).toContain('style host_server_1 fill:#fff1f1,stroke:#b42318')
  })

  it('names each container state in words, not only in colour', () => {
    const code = buildTopologyDiagram(byId('cluster-scaling'))
    expect(code).toContain(`WordPress 4<br/>（${diagramLabels.containerStates.added}）`)
    expect(code).toContain(':::added')
    expect(code).toContain('classDef added ')
    expect(code).not.toContain('classDef failed ')
  })

  it('lists hosts so that they read top-down in data order', () => {
    const code = buildTopologyDiagram(byId('cluster'))
    const order = ['server_3', 'server_2', 'server_1'].map(id => code.indexOf(`subgraph host_${id}`))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('escapes characters that would end a label early', async () => {
    expect(mermaidLabel('a "b" <c> & d\ne')).toBe('"a #quot;b#quot; #lt;c#gt; #amp; d<br/>e"')
    const tricky: Topology = { ...byId('single-host-failure'), client: '用户 "A" <script>' }
    await expect(mermaid.parse(buildTopologyDiagram(tricky))).resolves.toBeTruthy()
  })
})

describe('mermaid itself', () => {
  it('rejects broken text, so the diagram component has an error to show', async () => {
    await expect(mermaid.parse('flowchart LR\n  a -->')).rejects.toThrow()
  })
})
