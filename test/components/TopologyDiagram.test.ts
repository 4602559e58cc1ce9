import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import TopologyDiagram from '../../components/TopologyDiagram.vue'
import { lesson } from '../../data'
import { describeTopology } from '../../kit/slides/topologyDescription'
import { buildTopologyDiagram } from '../../kit/slides/topologyDiagram'

const mermaid = vi.hoisted(() => ({
  initialize: vi.fn(),
  parse: vi.fn(async () => ({ diagramType: 'flowchart-v2' })),
  render: vi.fn(async (_id: string, text: string) => ({ svg: `<svg data-code-length="${text.length}"><text>ok</text></svg>` })),
}))
vi.mock('../../kit/composables/loadMermaid', () => ({ loadMermaid: async () => mermaid }))

const topology = lesson.topologies.find(t => t.id === 'cluster-failover')!

describe('TopologyDiagram', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    // happy-dom has no font loading; the component must still wait on it first.
    Object.defineProperty(document, 'fonts', { configurable: true, value: { load: vi.fn(async () => []), ready: Promise.resolve() } })
  })

  it('renders the diagram built from the topology, after loading the fonts its labels need', async () => {
    const wrapper = mount(TopologyDiagram, { props: { topology } })
    await flushPromises()
    const code = buildTopologyDiagram(topology)
    expect(document.fonts.load).toHaveBeenCalledWith(expect.stringContaining('Noto Sans SC'), code)
    expect(mermaid.initialize).toHaveBeenCalledWith(expect.objectContaining({ securityLevel: 'strict' }))
    expect(mermaid.render).toHaveBeenCalledWith(expect.any(String), code)
    expect(wrapper.find('figure').attributes('data-status')).toBe('rendered')
    expect(wrapper.find('svg').exists()).toBe(true)
    expect(wrapper.text()).toContain(topology.outcome)
    expect(wrapper.text()).toContain('服务正常')
  })

  it('gives the diagram a text alternative that says what it shows, for screen readers and tagged PDFs', () => {
    const figure = mount(TopologyDiagram, { props: { topology } }).find('figure')
    expect(figure.attributes('role')).toBe('img')
    expect(figure.attributes('aria-label')).toBe(describeTopology(topology))
  })

  it('shows Mermaid\'s error on the slide and logs it, instead of a blank space', async () => {
    mermaid.parse.mockRejectedValueOnce(new Error('Parse error on line 3: Expecting \'SQE\''))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrapper = mount(TopologyDiagram, { props: { topology } })
    await flushPromises()
    expect(wrapper.find('figure').attributes('data-status')).toBe('error')
    expect(wrapper.find('[role="alert"]').text()).toContain('Parse error on line 3')
    expect(mermaid.render).not.toHaveBeenCalled()
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Parse error on line 3'))
  })

  it('hides the caption when the slide title already says it', () => {
    const wrapper = mount(TopologyDiagram, { props: { topology, showCaption: false, layout: 'row' } })
    expect(wrapper.find('h3').exists()).toBe(false)
    expect(wrapper.classes()).toContain('topology--row')
  })
})
