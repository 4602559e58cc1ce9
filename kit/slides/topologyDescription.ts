import type { Topology, TopologyContainer, TopologyHost } from '../lesson/schema'
import { containerStateLabels, downHostLabel, verdictLabels } from './topologyDiagram'

/** Requests cannot reach these containers: the diagram draws their links broken. */
function unreachable(host: TopologyHost, container: TopologyContainer): boolean {
  return host.down || container.state === 'failed' || container.state === 'stopped'
}

function describeContainer(host: TopologyHost, container: TopologyContainer): string {
  const notes = [containerStateLabels[container.state], unreachable(host, container) ? '请求无法到达' : null].filter(Boolean)
  return notes.length > 0 ? `${container.label}（${notes.join('，')}）` : container.label
}

/**
 * What a topology diagram shows, in words, from the same data the diagram is drawn from: the
 * text alternative a screen reader reads and a tagged PDF carries for the figure. Says where
 * requests go, what runs on each host and in what state, and whether the service survives.
 */
export function describeTopology(topology: Topology): string {
  const route = topology.entry ? `${topology.client}的请求经${topology.entry}分发到` : `${topology.client}的请求直接发往`
  const hosts = topology.hosts.map((host) => {
    const name = host.down ? `${host.label}（${downHostLabel}）` : host.label
    return `${name}上的${host.containers.map(container => describeContainer(host, container)).join('、')}`
  })
  return `${topology.caption}示意图。${route}：${hosts.join('；')}。${verdictLabels[topology.verdict]}：${topology.outcome}。`
}
