import type { Topology } from '../../kit/lesson/schema'

/** Every host and container label of a topology: what its diagram and its description must name. */
export function topologyLabels(topology: Topology): string[] {
  return topology.hosts.flatMap(host => [host.label, ...host.containers.map(container => container.label)])
}
