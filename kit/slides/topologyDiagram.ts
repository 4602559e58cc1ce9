import type { ContainerState, Topology } from '../lesson/schema'
import { diagramLabels, phrasing } from '../labels'

/** What the audience reads under a diagram: did the service survive? */
/** Fill and stroke per state; also used by the legend. Colour-blind safe pairs. */
export const containerStateStyles: Record<ContainerState, string> = {
  ready: 'fill:#e7f5ec,stroke:#1f7a44,color:#0f3d22',
  failed: 'fill:#fde8e8,stroke:#b42318,color:#7a1a12,stroke-dasharray:4 3',
  stopped: 'fill:#eeeeee,stroke:#6b6b6b,color:#333333,stroke-dasharray:4 3',
  upgrading: 'fill:#fff4dc,stroke:#b26b00,color:#5c3700',
  overloaded: 'fill:#ffe9d6,stroke:#c2410c,color:#6b2406,stroke-width:3px',
  added: 'fill:#e4efff,stroke:#1d4ed8,color:#14306e,stroke-dasharray:6 3',
}

/** A host's frame: grey when up, red and dashed when down. */
const hostStyles = {
  up: 'fill:#fafafa,stroke:#a1a1aa,color:#27272a',
  down: 'fill:#fff1f1,stroke:#b42318,color:#7a1a12,stroke-dasharray:6 4',
} as const

const unreachable: ReadonlySet<ContainerState> = new Set(['failed', 'stopped'])

/** Mermaid node ids must not contain dashes that read as edges. */
function nodeId(kind: string, id: string): string {
  return `${kind}_${id.replace(/-/g, '_')}`
}

/** A label safe inside Mermaid's double quotes; `\n` becomes a line break. */
export function mermaidLabel(text: string): string {
  const escaped = text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')
  return `"${escaped.replace(/\n/g, '<br/>')}"`
}

function containerLabel(label: string, state: ContainerState): string {
  const marker = diagramLabels.containerStates[state]
  return marker ? `${label}\n${phrasing.aside(marker)}` : label
}

/** Left to right for a short diagram beside its text; top down for one given the slide's width. */
export type DiagramDirection = 'LR' | 'TB'

/**
 * Mermaid flowchart text for a topology: the client, the access address when
 * there is one, and each host as a box holding its containers. Requests that
 * cannot reach a container are drawn as broken links.
 */
export function buildTopologyDiagram(topology: Topology, direction: DiagramDirection = 'LR'): string {
  const lines: string[] = [`flowchart ${direction}`]
  const client = nodeId('client', topology.id)
  lines.push(`  ${client}([${mermaidLabel(topology.client)}]):::client`)

  let source = client
  if (topology.entry) {
    const entry = nodeId('entry', topology.id)
    lines.push(`  ${entry}[${mermaidLabel(topology.entry)}]:::entry`)
    lines.push(`  ${client} --> ${entry}`)
    source = entry
  }

  const usedStates = new Set<ContainerState>()
  const links: string[] = []
  // Mermaid places sibling subgraphs last-first; reversed, they read in data order.
  for (const host of [...topology.hosts].reverse()) {
    const hostId = nodeId('host', host.id)
    const hostLabel = host.down ? phrasing.withNotes(host.label, [diagramLabels.downHost]) : host.label
    lines.push(`  subgraph ${hostId}[${mermaidLabel(hostLabel)}]`)
    const hostLinks = new Set<string>()
    for (const container of host.containers) {
      const id = nodeId('box', container.id)
      usedStates.add(container.state)
      lines.push(`    ${id}[${mermaidLabel(containerLabel(container.label, container.state))}]:::${container.state}`)
      const arrow = host.down || unreachable.has(container.state) ? '-.-x' : container.state === 'overloaded' ? '==>' : '-->'
      hostLinks.add(arrow)
      links.push(`  ${source} ${arrow} ${id}`)
    }
    lines.push('  end')
    // Top down, links into a host would cross its title: one link to the host box says the same
    // when all its containers are reached alike.
    if (direction === 'TB' && hostLinks.size === 1) {
      links.splice(links.length - host.containers.length, host.containers.length, `  ${source} ${[...hostLinks][0]} ${hostId}`)
    }
    // `style`, not `class`: Mermaid drops a subgraph's class when an arrow points at it (top down).
    lines.push(`  style ${hostId} ${host.down ? hostStyles.down : hostStyles.up}`)
  }
  lines.push(...links.reverse())

  lines.push('  classDef client fill:#f4f4f5,stroke:#52525b,color:#18181b')
  lines.push('  classDef entry fill:#ede9fe,stroke:#6d28d9,color:#2e1065,stroke-width:2px')
  for (const state of usedStates)
    lines.push(`  classDef ${state} ${containerStateStyles[state]}`)
  return `${lines.join('\n')}\n`
}
