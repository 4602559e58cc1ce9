import type { Topology, TopologyContainer, TopologyHost } from '../lesson/schema'
import { diagramLabels, phrasing } from '../labels'

/** Requests cannot reach these containers: the diagram draws their links broken. */
function unreachable(host: TopologyHost, container: TopologyContainer): boolean {
  return host.down || container.state === 'failed' || container.state === 'stopped'
}

function describeContainer(host: TopologyHost, container: TopologyContainer): string {
  const notes = [diagramLabels.containerStates[container.state], unreachable(host, container) ? diagramLabels.unreachable : null].filter(note => note !== null)
  return notes.length > 0 ? phrasing.withNotes(container.label, notes) : container.label
}

/**
 * What a topology diagram shows, in words, from the same data the diagram is drawn from: the
 * text alternative a screen reader reads and a tagged PDF carries for the figure. Says where
 * requests go, what runs on each host and in what state, and whether the service survives.
 */
export function describeTopology(topology: Topology): string {
  const hosts = topology.hosts.map((host) => {
    const name = host.down ? phrasing.withNotes(host.label, [diagramLabels.downHost]) : host.label
    return diagramLabels.hostContents(name, host.containers.map(container => describeContainer(host, container)))
  })
  return diagramLabels.description({ caption: topology.caption, client: topology.client, entry: topology.entry, hosts, verdict: diagramLabels.verdicts[topology.verdict], outcome: topology.outcome })
}
