import type { Topology } from '../lesson/schema'
import { containerStateLabels, downHostLabel, verdictLabels } from './topologyDiagram'

/**
 * The text alternative of a topology diagram, from the same data the diagram is drawn from:
 * what it is, who reaches what, each host with its containers and their states, and the
 * outcome. A screen reader reads it in place of the picture, and the tagged PDF carries it.
 */
export function describeTopology(topology: Topology): string {
  const path = topology.entry ? `${topology.client}经${topology.entry}访问` : `${topology.client}直接访问`
  const hosts = topology.hosts.map((host) => {
    const containers = host.containers.map((container) => {
      const state = containerStateLabels[container.state]
      return state ? `${container.label}（${state}）` : container.label
    })
    const label = host.down ? `${host.label}（${downHostLabel}）` : host.label
    return `${label}：${containers.join('、')}`
  })
  return `示意图：${topology.caption}。${path}：${hosts.join('；')}。${verdictLabels[topology.verdict]}：${topology.outcome}。`
}
